import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { WallKpis as Kpis } from '../../../shared/schemas/wall';
import { useWallSummary } from '../../lib/wall/get-wall-summary';

type Tone = 'plain' | 'good' | 'warn' | 'bad';
interface Tile {
  key: string;
  label: string;
  value: string;
  unit?: string;
  tone: Tone;
}

const percent = (rate: number | null): string => (rate === null ? '—' : (rate * 100).toFixed(1));

export function kpiTiles(k: Kpis, t: ReturnType<typeof useT>): Tile[] {
  const camerasRate = k.camerasTotal === 0 ? null : k.camerasOnline / k.camerasTotal;
  return [
    { key: 'received', label: t('wall.kpi.received'), value: String(k.receivedToday), tone: 'plain' },
    { key: 'inProgress', label: t('wall.kpi.inProgress'), value: String(k.inProgress), tone: 'plain' },
    {
      key: 'overdue',
      label: t('wall.kpi.overdue'),
      value: String(k.overdue),
      tone: k.overdue > 0 ? 'bad' : 'good',
    },
    { key: 'closed', label: t('wall.kpi.closed'), value: String(k.closedToday), tone: 'good' },
    {
      key: 'onTime',
      label: t('wall.kpi.onTime'),
      value: percent(k.onTimeRate),
      unit: '%',
      tone:
        k.onTimeRate === null ? 'plain' : k.onTimeRate >= 0.9 ? 'good' : k.onTimeRate >= 0.7 ? 'warn' : 'bad',
    },
    {
      key: 'satisfaction',
      label: t('wall.kpi.satisfaction'),
      value: percent(k.satisfactionRate),
      unit: '%',
      tone: k.satisfactionRate === null ? 'plain' : k.satisfactionRate >= 0.85 ? 'good' : 'warn',
    },
    {
      key: 'cameras',
      label: t('wall.kpi.cameras'),
      value: percent(camerasRate),
      unit: '%',
      tone: camerasRate !== null && camerasRate < 0.95 ? 'warn' : 'good',
    },
    {
      key: 'staff',
      label: t('wall.kpi.staff'),
      value: String(k.staffOnDuty),
      unit: `/${k.staffTotal}`,
      tone: 'plain',
    },
    {
      key: 'red',
      label: t('wall.kpi.red'),
      value: String(k.redCards),
      tone: k.redCards > 0 ? 'bad' : 'good',
    },
    {
      key: 'yellow',
      label: t('wall.kpi.yellow'),
      value: String(k.yellowCards),
      tone: k.yellowCards > 0 ? 'warn' : 'good',
    },
  ];
}

/** The KPI header: ten live figures, each defined in src/shared/wall/summary.ts. */
export function WallKpis(): ReactElement {
  const t = useT();
  const summary = useWallSummary();
  if (!summary.data) {
    return (
      <section className="wall-kpis wall-kpis--empty" data-testid="wall-kpis">
        <p className="wall-muted">{summary.isError ? t('wall.loadFailed') : t('app.loading')}</p>
      </section>
    );
  }
  return (
    <section className="wall-kpis" data-testid="wall-kpis" aria-label={t('wall.kpi.title')}>
      {kpiTiles(summary.data.kpis, t).map((tile) => (
        <div key={tile.key} className={`wall-kpi wall-kpi--${tile.tone}`} data-kpi={tile.key}>
          <span className="wall-kpi__label">{tile.label}</span>
          <strong className="wall-kpi__value">
            {tile.value}
            {tile.unit && <small className="wall-kpi__unit">{tile.unit}</small>}
          </strong>
        </div>
      ))}
    </section>
  );
}
