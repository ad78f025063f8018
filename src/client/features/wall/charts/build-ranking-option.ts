import type { ChartOption } from '../../../components/charts/chart-option';
import type { UnitScore } from '../../../lib/evaluation/get-evaluation';
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

export interface RankingLabels {
  /** Unit id → name; an id missing here is shown as the id. */
  units: ReadonlyMap<string, string>;
  empty: string;
}

export const RANKING_ROWS = 10;
/** Gold, silver and bronze for the first three ranks. */
export const PODIUM_COLORS: readonly string[] = ['#ffc53d', '#c9d6e6', '#e39a62'];

/**
 * 绩效 top ten: horizontal bars of the composite score, rank 1 on top, labelled "1  杨屯社区".
 * Units without a score have no rank and are left out; equal scores share a rank, as the server says.
 */
export function buildRankingOption(
  data: readonly UnitScore[],
  theme: WallChartTheme<RankingLabels>,
): ChartOption {
  const rows = data
    .flatMap((row) =>
      row.rank === null || row.score === null
        ? []
        : [{ id: row.unit.id, rank: row.rank, score: Math.round(row.score * 10) / 10 }],
    )
    .sort((a, b) => a.rank - b.rank || b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, RANKING_ROWS);
  if (rows.length === 0) return emptyOption(theme.labels.empty, theme);

  return {
    ...baseOption(theme),
    tooltip: tooltipOption(theme, 'axis'),
    grid: gridOption(theme, { top: 8, right: 56, bottom: 8, left: 8 }),
    xAxis: { ...valueAxis(theme), show: false },
    yAxis: categoryAxis(
      theme,
      rows.map((row) => `${row.rank}  ${theme.labels.units.get(row.id) ?? row.id}`),
      { inverse: true },
    ),
    series: [
      {
        type: 'bar',
        data: rows.map((row) => ({
          value: row.score,
          itemStyle: { color: PODIUM_COLORS[row.rank - 1] ?? theme.colors.accent },
        })),
        barMaxWidth: px(theme, BAR_MAX_WIDTH),
        itemStyle: { borderRadius: px(theme, 3) },
        label: valueLabel(theme, 'right'),
      },
    ],
  };
}
