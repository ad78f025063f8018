import { useMemo } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../../app/i18n/i18n';
import { useWallSummary } from '../../../lib/wall/get-wall-summary';
import { buildPipelineOption } from './build-pipeline-option';
import { ChartPanel } from './chart-panel';
import type { WallChartPanelProps } from './chart-panel';
import { statusNames } from './label-maps';
import { wallChartStyle } from './wall-chart-theme';

export function PipelinePanel({ scale }: WallChartPanelProps): ReactElement {
  const t = useT();
  const summary = useWallSummary();
  const pipeline = summary.data?.pipeline;

  const option = useMemo(
    () =>
      pipeline === undefined
        ? null
        : buildPipelineOption(pipeline, {
            ...wallChartStyle(scale),
            labels: { statuses: statusNames(t), empty: t('wallCharts.pipeline.empty') },
          }),
    [pipeline, scale, t],
  );

  return (
    <ChartPanel
      name="pipeline"
      title={t('wallCharts.pipeline.title')}
      option={option}
      failed={summary.isError}
    />
  );
}
