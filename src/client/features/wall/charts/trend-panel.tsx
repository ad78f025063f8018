import { useMemo } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../../app/i18n/i18n';
import { useWallSummary } from '../../../lib/wall/get-wall-summary';
import { buildTrendOption } from './build-trend-option';
import { ChartPanel } from './chart-panel';
import type { WallChartPanelProps } from './chart-panel';
import { sourceNames } from './label-maps';
import { wallChartStyle } from './wall-chart-theme';

export function TrendPanel({ scale }: WallChartPanelProps): ReactElement {
  const t = useT();
  const summary = useWallSummary();
  const trend = summary.data?.trend24h;

  const option = useMemo(
    () =>
      trend === undefined
        ? null
        : buildTrendOption(trend, {
            ...wallChartStyle(scale),
            labels: { sources: sourceNames(t), empty: t('wallCharts.trend.empty') },
          }),
    [trend, scale, t],
  );

  return (
    <ChartPanel name="trend" title={t('wallCharts.trend.title')} option={option} failed={summary.isError} />
  );
}
