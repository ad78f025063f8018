import type { ReactElement } from 'react';
import { useT } from '../../../app/i18n/i18n';
import { EChart } from '../../../components/charts/e-chart';
import type { ChartOption } from '../../../components/charts/chart-option';
import './charts.css';

/** What every chart panel takes: CSS px per design px of the 1920×1080 wall. */
export interface WallChartPanelProps {
  scale: number;
}

interface ChartPanelProps {
  /** The panel's test id is `wall-panel-<name>`. */
  name: string;
  title: string;
  /** Null until the data is there. */
  option: ChartOption | null;
  /** The data could not be loaded (and none is held from before). */
  failed: boolean;
}

/**
 * The frame of a chart panel. It is never blank: a chart, or a word on why there is none yet.
 * Data already shown stays on a failed refresh; the header's data age tells how old it is.
 */
export function ChartPanel({ name, title, option, failed }: ChartPanelProps): ReactElement {
  const t = useT();
  let body: ReactElement;
  if (option !== null) body = <EChart option={option} ariaLabel={title} />;
  else if (failed)
    body = (
      <p className="wall-chart__state wall-chart__state--failed" role="alert">
        {t('wallCharts.loadFailed')}
      </p>
    );
  else
    body = (
      <p className="wall-chart__state" role="status">
        {t('wallCharts.loading')}
      </p>
    );
  return (
    <section className="wall-panel" data-testid={`wall-panel-${name}`}>
      <h2 className="wall-panel__title">{title}</h2>
      <div className="wall-panel__body">{body}</div>
    </section>
  );
}
