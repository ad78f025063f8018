import type { ReactElement } from 'react';
import { useT } from '../../../app/i18n/i18n';
import { cameraStatus } from '../../../../shared/schemas/town';
import { priority } from '../../../../shared/schemas/work-order';
import { CAMERA_COLOURS, OVERDUE_COLOUR, PRIORITY_COLOURS, STAFF_COLOUR } from './marker-style';
import { NO_DATA_COLOUR } from './measure-scale';
import type { MeasureScale } from './measure-scale';

/** The measure the grids are coloured by, its range, and what the dots mean. */
export function MapLegend({ colours }: { colours: MeasureScale }): ReactElement {
  const t = useT();
  const measure = t(`wallMap.measure.${colours.measure}`);
  return (
    <section className="wall-map-legend" data-testid="map-legend" data-measure={colours.measure}>
      <h3 className="wall-map-legend__title">{t('wallMap.legend.title', { measure })}</h3>
      <div
        className="wall-map-legend__ramp"
        style={{ background: `linear-gradient(to right, ${colours.stops.join(', ')})` }}
        aria-hidden="true"
      />
      <div className="wall-map-legend__range">
        <span data-testid="legend-min">{colours.format(colours.min)}</span>
        <span data-testid="legend-max">{colours.format(colours.max)}</span>
      </div>
      <ul className="wall-map-legend__keys">
        <li>
          <Dot colour={NO_DATA_COLOUR} square />
          {t('wallMap.legend.noData')}
        </li>
        <li>
          <span className="wall-map-legend__group">{t('wallMap.layer.cameras')}</span>
          {cameraStatus.options.map((status) => (
            <span key={status} className="wall-map-legend__item">
              <Dot colour={CAMERA_COLOURS[status]} />
              {t(`wallMap.camera.${status}`)}
            </span>
          ))}
        </li>
        <li>
          <span className="wall-map-legend__group">{t('wallMap.layer.orders')}</span>
          {priority.options.map((p) => (
            <span key={p} className="wall-map-legend__item">
              <Dot colour={PRIORITY_COLOURS[p]} />
              {p}
            </span>
          ))}
          <span className="wall-map-legend__item">
            <Dot colour="transparent" ring={OVERDUE_COLOUR} />
            {t('wallMap.legend.overdue')}
          </span>
        </li>
        <li>
          <span className="wall-map-legend__cluster" aria-hidden="true">
            9
          </span>
          {t('wallMap.legend.cluster')}
        </li>
        <li>
          <Dot colour={STAFF_COLOUR} />
          {t('wallMap.layer.staff')}
        </li>
      </ul>
    </section>
  );
}

function Dot({ colour, ring, square }: { colour: string; ring?: string; square?: boolean }): ReactElement {
  return (
    <span
      className={square ? 'wall-map-legend__dot wall-map-legend__dot--square' : 'wall-map-legend__dot'}
      style={{
        background: colour,
        ...(ring ? { boxShadow: `0 0 0 calc(2px * var(--map-scale, 1)) ${ring}` } : {}),
      }}
      aria-hidden="true"
    />
  );
}
