import type { ChartOption } from '../../../components/charts/chart-option';
import type { WallSummary } from '../../../../shared/schemas/wall';
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
import type { WallChartStyle, WallChartTheme } from './wall-chart-theme';

export interface DepartmentOnTimeLabels {
  /** Department or squad id → name; an id missing here is shown as the id. */
  departments: ReadonlyMap<string, string>;
  empty: string;
}

export const DEPARTMENT_ROWS = 10;
/** At or above: green. */
export const ON_TIME_GOOD = 0.9;
/** At or above (and below good): amber; below: red. */
export const ON_TIME_FAIR = 0.7;

/** A rate as a percentage with one decimal (0.8526 → 85.3). */
export function percent(rate: number): number {
  return Math.round(rate * 1000) / 10;
}

function rateColor(rate: number, style: WallChartStyle): string {
  if (rate >= ON_TIME_GOOD) return style.colors.good;
  return rate >= ON_TIME_FAIR ? style.colors.warning : style.colors.danger;
}

/**
 * Today's on-time resolution rate per department: horizontal bars on a 0–100 % axis, the lowest rate
 * on top (the wall is there to show who needs chasing), each bar labelled "85.3% · 17/20".
 */
export function buildDepartmentOnTimeOption(
  data: WallSummary['onTimeByDepartment'],
  theme: WallChartTheme<DepartmentOnTimeLabels>,
): ChartOption {
  const rows = data
    .flatMap((row) =>
      row.rate === null || row.total <= 0
        ? []
        : [
            {
              label: theme.labels.departments.get(row.departmentId) ?? row.departmentId,
              rate: row.rate,
              onTime: row.onTime,
              total: row.total,
            },
          ],
    )
    .sort((a, b) => a.rate - b.rate || b.total - a.total || a.label.localeCompare(b.label))
    .slice(0, DEPARTMENT_ROWS);
  if (rows.length === 0) return emptyOption(theme.labels.empty, theme);

  return {
    ...baseOption(theme),
    tooltip: tooltipOption(theme, 'axis'),
    grid: gridOption(theme, { top: 8, right: 110, bottom: 8, left: 8 }),
    xAxis: { ...valueAxis(theme, { max: 100, unit: '%' }), show: false },
    yAxis: categoryAxis(
      theme,
      rows.map((row) => row.label),
      { inverse: true },
    ),
    series: [
      {
        type: 'bar',
        data: rows.map((row) => ({
          value: percent(row.rate),
          itemStyle: { color: rateColor(row.rate, theme) },
          label: { formatter: `${percent(row.rate)}% · ${row.onTime}/${row.total}` },
        })),
        barMaxWidth: px(theme, BAR_MAX_WIDTH),
        itemStyle: { borderRadius: px(theme, 3) },
        label: valueLabel(theme, 'right'),
      },
    ],
  };
}
