import type {
  ChartOption,
  GridOption,
  TooltipOption,
  XAxisOption,
  YAxisOption,
} from '../../../components/charts/chart-option';
import { px } from './wall-chart-theme';
import type { WallChartStyle } from './wall-chart-theme';

/** Type sizes in design px (1920×1080); nothing on the wall is smaller than 14. */
export const FONT = { label: 14, value: 15, legend: 14, empty: 20 } as const;

/** Bars and lines in design px. */
export const BAR_MAX_WIDTH = 22;
export const LINE_WIDTH = 2;

export interface Named {
  label: string;
  value: number;
}

/**
 * What every wall chart shares: no animation (with whole-option updates every refresh would replay
 * the entrance, all day long, for no one), a transparent background on the panel, the CJK font.
 */
export function baseOption(style: WallChartStyle): ChartOption {
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: style.fontFamily, color: style.colors.text, fontSize: px(style, FONT.label) },
    color: [...style.palette],
  };
}

/** No data is said in words, centred, rather than left as an empty frame. */
export function emptyOption(text: string, style: WallChartStyle): ChartOption {
  return {
    ...baseOption(style),
    title: {
      text,
      left: 'center',
      top: 'middle',
      textStyle: {
        color: style.colors.muted,
        fontFamily: style.fontFamily,
        fontSize: px(style, FONT.empty),
        fontWeight: 'normal',
      },
    },
    series: [],
  };
}

export function tooltipOption(style: WallChartStyle, trigger: 'axis' | 'item'): TooltipOption {
  return {
    trigger,
    confine: true,
    backgroundColor: style.colors.panel,
    borderColor: style.colors.gridLine,
    textStyle: { color: style.colors.text, fontFamily: style.fontFamily, fontSize: px(style, FONT.label) },
    ...(trigger === 'axis' ? { axisPointer: { type: 'shadow' } } : {}),
  };
}

/** Margins in design px; axis labels are kept inside by ECharts 6's default outer bounds. */
export function gridOption(
  style: WallChartStyle,
  margin: { top: number; right: number; bottom: number; left: number },
): GridOption {
  return {
    top: px(style, margin.top),
    right: px(style, margin.right),
    bottom: px(style, margin.bottom),
    left: px(style, margin.left),
  };
}

function axisLabel(style: WallChartStyle): {
  color: string;
  fontFamily: string;
  fontSize: number;
  margin: number;
} {
  return {
    color: style.colors.muted,
    fontFamily: style.fontFamily,
    fontSize: px(style, FONT.label),
    margin: px(style, 8),
  };
}

/**
 * An axis of names. `inverse` puts the first item at the top of a horizontal bar chart; every label
 * is shown unless `interval` says otherwise ('auto' lets ECharts skip labels that would overlap);
 * `boundaryGap: false` puts a line chart's points on the ticks.
 */
export function categoryAxis(
  style: WallChartStyle,
  labels: string[],
  {
    inverse = false,
    interval = 0,
    boundaryGap = true,
  }: { inverse?: boolean; interval?: number | 'auto'; boundaryGap?: boolean } = {},
): XAxisOption & YAxisOption {
  return {
    type: 'category',
    data: labels,
    inverse,
    boundaryGap,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: style.colors.gridLine, width: px(style, 1) } },
    axisLabel: { ...axisLabel(style), interval },
  };
}

export function valueAxis(
  style: WallChartStyle,
  extra: { max?: number; unit?: string } = {},
): XAxisOption & YAxisOption {
  return {
    type: 'value',
    minInterval: 1,
    ...(extra.max === undefined ? {} : { max: extra.max }),
    axisLabel: { ...axisLabel(style), ...(extra.unit ? { formatter: `{value}${extra.unit}` } : {}) },
    splitLine: { lineStyle: { color: style.colors.gridLine, width: px(style, 1) } },
  };
}

/** Figures written at the end of each bar. */
export function valueLabel(
  style: WallChartStyle,
  position: 'right' | 'top',
): { show: true; position: 'right' | 'top'; color: string; fontFamily: string; fontSize: number } {
  return {
    show: true,
    position,
    color: style.colors.text,
    fontFamily: style.fontFamily,
    fontSize: px(style, FONT.value),
  };
}

/**
 * A text's width in design px at `fontSize`, estimated without a DOM (CJK glyphs are square, Latin
 * ones about 0.6 em): enough to reserve room for a legend.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return ems * fontSize;
}

/** Largest first; ties by label so the order does not flicker between refreshes. */
export function byValueDescending(a: Named, b: Named): number {
  return b.value - a.value || a.label.localeCompare(b.label);
}

/**
 * At most `limit` rows: when there are more, the first `limit - 1` stay and the rest are summed
 * into one `otherLabel` row, so the chart never grows with the data.
 */
export function capWithOther(rows: readonly Named[], limit: number, otherLabel: string): Named[] {
  if (rows.length <= limit) return [...rows];
  const kept = rows.slice(0, limit - 1);
  const rest = rows.slice(limit - 1).reduce((sum, row) => sum + row.value, 0);
  return [...kept, { label: otherLabel, value: rest }];
}
