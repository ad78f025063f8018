import type { ReactElement } from 'react';
import { useT } from '../../../app/i18n/i18n';
import type { Grid } from '../../../../shared/schemas/town';
import type { GridPanelModel } from './grid-panel-model';
import type { GridMeasureRow } from './measure-scale';

export interface GridPanelProps {
  grid: Grid;
  row: GridMeasureRow | undefined;
  model: GridPanelModel;
  onClose: () => void;
}

/** One grid at a glance: its measures, who is on duty by 一长六员 role, its open orders and cameras. */
export function GridPanel({ grid, row, model, onClose }: GridPanelProps): ReactElement {
  const t = useT();
  const none = t('app.none');
  const rate = row?.onTimeRate;
  return (
    <aside
      className="wall-map-panel"
      data-testid="grid-panel"
      data-grid-id={grid.grid_id}
      aria-label={t('wallMap.panel.label', { name: grid.name })}
    >
      <header className="wall-map-panel__header">
        <h2 className="wall-map-panel__title">{grid.name}</h2>
        <button type="button" className="wall-map-panel__close" onClick={onClose}>
          {t('wallMap.panel.close')}
        </button>
        <p className="wall-map-panel__meta">
          {grid.village ? t('wallMap.panel.village', { name: grid.village }) : null}
          <span className={`wall-map-panel__type wall-map-panel__type--${grid.type}`}>
            {t(grid.type === 'basic' ? 'wallMap.panel.basic' : 'wallMap.panel.specialised')}
          </span>
        </p>
      </header>

      <dl className="wall-map-panel__measures">
        <Measure label={t('wallMap.panel.open')} value={row ? String(row.open) : none} />
        <Measure
          label={t('wallMap.panel.overdue')}
          value={row ? String(row.overdue) : none}
          alert={!!row?.overdue}
        />
        <Measure
          label={t('wallMap.panel.redCards')}
          value={row ? String(row.redCards) : none}
          alert={!!row?.redCards}
        />
        <Measure
          label={t('wallMap.panel.onTime')}
          value={rate === undefined || rate === null ? none : `${Math.round(rate * 100)}%`}
        />
      </dl>

      <section className="wall-map-panel__section" data-testid="grid-panel-staff">
        <h3>{t('wallMap.panel.staff', { onDuty: model.staffOnDuty, total: model.staffTotal })}</h3>
        {model.staffByRole.length === 0 ? (
          <p className="wall-map-panel__empty">{t('wallMap.panel.noStaff')}</p>
        ) : (
          <dl className="wall-map-panel__roles">
            {model.staffByRole.map(({ role, staff }) => (
              <div key={role} className="wall-map-panel__role" data-role={role}>
                <dt>{t(`staffRole.${role}`)}</dt>
                <dd>{staff.map((person) => person.name).join(t('wallMap.listSeparator'))}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section className="wall-map-panel__section" data-testid="grid-panel-orders">
        <h3>{t('wallMap.panel.orders', { count: model.openOrders })}</h3>
        {model.orders.length === 0 ? (
          <p className="wall-map-panel__empty">{t('wallMap.panel.noOrders')}</p>
        ) : (
          <ol className="wall-map-panel__orders">
            {model.orders.map((order) => (
              <li
                key={order.id}
                className={`wall-map-panel__order wall-map-panel__order--${order.priority ?? 'none'}`}
                data-testid="grid-panel-order"
                data-overdue={order.overdue ? 'true' : 'false'}
              >
                <span className="wall-map-panel__order-number">{order.number}</span>
                <span className="wall-map-panel__order-title">{order.title}</span>
                <span className="wall-map-panel__order-priority">
                  {order.priority ? t(`priority.${order.priority}`) : t('wallMap.panel.noPriority')}
                </span>
                {order.overdue ? (
                  <span className="wall-map-panel__overdue">{t('wallMap.panel.overdueFlag')}</span>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {model.moreOrders > 0 ? (
          <p className="wall-map-panel__more">{t('wallMap.panel.moreOrders', { count: model.moreOrders })}</p>
        ) : null}
      </section>

      <section className="wall-map-panel__section" data-testid="grid-panel-cameras">
        <h3>{t('wallMap.panel.cameras', { count: model.cameras.total })}</h3>
        {model.cameras.total === 0 ? (
          <p className="wall-map-panel__empty">{t('wallMap.panel.noCameras')}</p>
        ) : (
          <ul className="wall-map-panel__cameras">
            {(['online', 'offline', 'frozen', 'alerting'] as const).map((status) => (
              <li
                key={status}
                className={`wall-map-panel__camera wall-map-panel__camera--${status}`}
                data-status={status}
              >
                {t(`wallMap.camera.${status}`)} <strong>{model.cameras[status]}</strong>
              </li>
            ))}
          </ul>
        )}
        {model.cameras.alertingNames.length > 0 ? (
          <p className="wall-map-panel__alerting">
            {t('wallMap.panel.alertingCameras', {
              names: model.cameras.alertingNames.join(t('wallMap.listSeparator')),
            })}
          </p>
        ) : null}
      </section>
    </aside>
  );
}

function Measure({
  label,
  value,
  alert = false,
}: {
  label: string;
  value: string;
  alert?: boolean;
}): ReactElement {
  return (
    <div
      className={alert ? 'wall-map-panel__measure wall-map-panel__measure--alert' : 'wall-map-panel__measure'}
    >
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
