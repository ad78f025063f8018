import type { ChartOption } from '../../../components/charts/chart-option';
import type { WallSummary } from '../../../../shared/schemas/wall';
import {
  BAR_MAX_WIDTH,
  baseOption,
  byValueDescending,
  capWithOther,
  categoryAxis,
  emptyOption,
  gridOption,
  tooltipOption,
  valueAxis,
  valueLabel,
} from './chart-base';
import { px } from './wall-chart-theme';
import type { WallChartTheme } from './wall-chart-theme';

export interface CategoryTodayLabels {
  /** Category code → the town's name for it; a code missing here is shown as the code. */
  categories: ReadonlyMap<string, string>;
  uncategorised: string;
  other: string;
  empty: string;
}

/** Rows drawn at most, the last one being 其他 when there are more categories than that. */
export const CATEGORY_ROWS = 10;

/** Today's orders by category: horizontal bars, busiest on top, the tail summed into 其他. */
export function buildCategoryTodayOption(
  data: WallSummary['byCategoryToday'],
  theme: WallChartTheme<CategoryTodayLabels>,
): ChartOption {
  const { labels } = theme;
  const rows = data
    .filter((row) => row.count > 0)
    .map((row) => ({
      label:
        row.category === null ? labels.uncategorised : (labels.categories.get(row.category) ?? row.category),
      value: row.count,
    }))
    .sort(byValueDescending);
  if (rows.length === 0) return emptyOption(labels.empty, theme);
  const shown = capWithOther(rows, CATEGORY_ROWS, labels.other);

  return {
    ...baseOption(theme),
    tooltip: tooltipOption(theme, 'axis'),
    grid: gridOption(theme, { top: 8, right: 48, bottom: 8, left: 8 }),
    xAxis: { ...valueAxis(theme), show: false },
    yAxis: categoryAxis(
      theme,
      shown.map((row) => row.label),
      { inverse: true },
    ),
    series: [
      {
        type: 'bar',
        data: shown.map((row) => row.value),
        barMaxWidth: px(theme, BAR_MAX_WIDTH),
        itemStyle: { color: theme.colors.accent, borderRadius: px(theme, 3) },
        label: valueLabel(theme, 'right'),
      },
    ],
  };
}
