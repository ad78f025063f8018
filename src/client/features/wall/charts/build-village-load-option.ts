import type { ChartOption } from '../../../components/charts/chart-option';
import type { WallSummary } from '../../../../shared/schemas/wall';
import {
  BAR_MAX_WIDTH,
  baseOption,
  byValueDescending,
  categoryAxis,
  emptyOption,
  gridOption,
  tooltipOption,
  valueAxis,
  valueLabel,
} from './chart-base';
import { px } from './wall-chart-theme';
import type { WallChartTheme } from './wall-chart-theme';

export interface VillageLoadLabels {
  /** Village id → name; an id missing here is shown as the id. */
  villages: ReadonlyMap<string, string>;
  empty: string;
}

/**
 * The busiest villages drawn at most. The rest are left out rather than summed: a 其他 bar would
 * outgrow the villages it is compared with.
 */
export const VILLAGE_ROWS = 12;

/** Open orders per village: horizontal bars, the heaviest load on top; villages with none left out. */
export function buildVillageLoadOption(
  data: WallSummary['loadByVillage'],
  theme: WallChartTheme<VillageLoadLabels>,
): ChartOption {
  const rows = data
    .filter((row) => row.open > 0)
    .map((row) => ({ label: theme.labels.villages.get(row.villageId) ?? row.villageId, value: row.open }))
    .sort(byValueDescending)
    .slice(0, VILLAGE_ROWS);
  if (rows.length === 0) return emptyOption(theme.labels.empty, theme);

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
        data: rows.map((row) => row.value),
        barMaxWidth: px(theme, BAR_MAX_WIDTH),
        itemStyle: { color: theme.palette[1] ?? theme.colors.accent, borderRadius: px(theme, 3) },
        label: valueLabel(theme, 'right'),
      },
    ],
  };
}
