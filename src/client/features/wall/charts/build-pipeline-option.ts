import type { ChartOption } from '../../../components/charts/chart-option';
import type { WallSummary } from '../../../../shared/schemas/wall';
import type { WorkOrderStatus } from '../../../../shared/schemas/work-order';
import {
  BAR_MAX_WIDTH,
  baseOption,
  categoryAxis,
  emptyOption,
  gridOption,
  tooltipOption,
  valueAxis,
  valueLabel,
} from './chart-base';
import { px } from './wall-chart-theme';
import type { WallChartTheme } from './wall-chart-theme';

export interface PipelineLabels {
  /** Status code → its name (待受理 …). */
  statuses: ReadonlyMap<string, string>;
  empty: string;
}

/** The closed loop top to bottom (受理 → … → 结案), then the two ways out of it. */
export const PIPELINE_ORDER: readonly WorkOrderStatus[] = [
  'new',
  'registered',
  'dispatched',
  'accepted',
  'in_progress',
  'resolved',
  'verified',
  'closed',
  'rejected',
  'merged',
];

/** Counted today rather than open now (the summary's rule), so drawn in a quieter colour. */
const TODAY_ONLY: ReadonlySet<WorkOrderStatus> = new Set(['closed', 'rejected', 'merged']);

/** Orders per status as a fixed ladder of horizontal bars, every status shown, zeros included. */
export function buildPipelineOption(
  data: WallSummary['pipeline'],
  theme: WallChartTheme<PipelineLabels>,
): ChartOption {
  const counts = new Map<WorkOrderStatus, number>();
  for (const row of data) counts.set(row.status, (counts.get(row.status) ?? 0) + row.count);
  const rows = PIPELINE_ORDER.map((status) => ({
    status,
    label: theme.labels.statuses.get(status) ?? status,
    value: counts.get(status) ?? 0,
  }));
  if (rows.every((row) => row.value === 0)) return emptyOption(theme.labels.empty, theme);

  return {
    ...baseOption(theme),
    tooltip: tooltipOption(theme, 'axis'),
    grid: gridOption(theme, { top: 8, right: 48, bottom: 8, left: 8 }),
    xAxis: { ...valueAxis(theme), show: false },
    yAxis: categoryAxis(
      theme,
      rows.map((row) => row.label),
      { inverse: true },
    ),
    series: [
      {
        type: 'bar',
        data: rows.map((row) => ({
          value: row.value,
          itemStyle: { color: TODAY_ONLY.has(row.status) ? theme.colors.muted : theme.colors.accent },
        })),
        barMaxWidth: px(theme, BAR_MAX_WIDTH),
        itemStyle: { borderRadius: px(theme, 3) },
        label: valueLabel(theme, 'right'),
      },
    ],
  };
}
