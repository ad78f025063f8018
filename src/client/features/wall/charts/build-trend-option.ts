import type { ChartOption, LineSeries } from '../../../components/charts/chart-option';
import type { WallSummary } from '../../../../shared/schemas/wall';
import {
  FONT,
  LINE_WIDTH,
  baseOption,
  categoryAxis,
  emptyOption,
  estimateTextWidth,
  gridOption,
  tooltipOption,
  valueAxis,
} from './chart-base';
import { px } from './wall-chart-theme';
import type { WallChartTheme } from './wall-chart-theme';

export interface TrendLabels {
  /** Source code → its name (12345热线 …). */
  sources: ReadonlyMap<string, string>;
  empty: string;
}

/** Legend sizes in design px. */
const LEGEND_ICON = 14;
const LEGEND_TEXT_MAX = 120;

/** The server sends 24 hourly buckets; a longer array is cut to its most recent hours. */
export const TREND_HOURS = 25;

const HOUR_MS = 3_600_000;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** "09:00" for the hour an ISO instant falls in, on the town's clock (Asia/Shanghai, no DST). */
export function shanghaiHourLabel(iso: string): string {
  const hour = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).getUTCHours();
  return `${String(hour).padStart(2, '0')}:00`;
}

/** Orders per hour over the last day, one stacked area per source, the biggest source at the bottom. */
export function buildTrendOption(
  data: WallSummary['trend24h'],
  theme: WallChartTheme<TrendLabels>,
): ChartOption {
  const from = Math.max(0, data.hours.length - TREND_HOURS);
  const hours = data.hours.slice(from);
  // One row per source even if the server repeated one: the enum bounds the series count.
  const bySource = new Map<string, number[]>();
  for (const { source, counts } of data.series) {
    const row = bySource.get(source) ?? hours.map(() => 0);
    hours.forEach((_, i) => {
      row[i] = (row[i] ?? 0) + (counts[from + i] ?? 0);
    });
    bySource.set(source, row);
  }
  const sources = [...bySource]
    .map(([source, counts]) => ({
      name: theme.labels.sources.get(source) ?? source,
      counts,
      total: counts.reduce((sum, n) => sum + n, 0),
    }))
    .filter((s) => s.total > 0)
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  if (hours.length === 0 || sources.length === 0) return emptyOption(theme.labels.empty, theme);

  const series: LineSeries[] = sources.map((s) => ({
    type: 'line',
    name: s.name,
    data: s.counts,
    stack: 'total',
    symbol: 'none',
    lineStyle: { width: px(theme, LINE_WIDTH) },
    areaStyle: { opacity: 0.22 },
    emphasis: { disabled: true },
  }));

  // The legend stands in a column on the right, as wide as its longest name (capped): a row on top
  // would wrap over the plot with eight sources in a narrow panel.
  const legendText = Math.min(
    LEGEND_TEXT_MAX,
    Math.max(...sources.map((s) => estimateTextWidth(s.name, FONT.legend))),
  );
  return {
    ...baseOption(theme),
    tooltip: { ...tooltipOption(theme, 'axis'), axisPointer: { type: 'line' } },
    legend: {
      type: 'plain',
      orient: 'vertical',
      right: 0,
      top: 'middle',
      itemWidth: px(theme, LEGEND_ICON),
      itemHeight: px(theme, 8),
      itemGap: px(theme, 8),
      textStyle: {
        color: theme.colors.muted,
        fontFamily: theme.fontFamily,
        fontSize: px(theme, FONT.legend),
        width: px(theme, LEGEND_TEXT_MAX),
        overflow: 'truncate',
      },
    },
    grid: gridOption(theme, { top: 12, right: LEGEND_ICON + 5 + legendText + 16, bottom: 8, left: 8 }),
    xAxis: categoryAxis(theme, hours.map(shanghaiHourLabel), { interval: 'auto', boundaryGap: false }),
    yAxis: valueAxis(theme),
    series,
  };
}
