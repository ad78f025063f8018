import type { ChartOption } from '../../../../../src/client/components/charts/chart-option';

/** Read-only views into a built option, so the tests say what they check rather than how it nests. */
type Loose = Record<string, unknown>;

function single(value: unknown): Loose {
  const item = Array.isArray(value) ? value[0] : value;
  return (item ?? {}) as Loose;
}

export function seriesOf(option: ChartOption): Loose[] {
  const series = option.series;
  return (Array.isArray(series) ? series : series ? [series] : []) as Loose[];
}

export function axisOf(option: ChartOption, axis: 'xAxis' | 'yAxis'): Loose {
  return single(option[axis]);
}

/** The names along the category axis. */
export function categoriesOf(option: ChartOption, axis: 'xAxis' | 'yAxis' = 'yAxis'): string[] {
  return axisOf(option, axis).data as string[];
}

/** A series' values, whether its items are numbers or `{value}` objects. */
export function valuesOf(option: ChartOption, index = 0): number[] {
  const data = (seriesOf(option)[index]?.data ?? []) as unknown[];
  return data.map((item) => (typeof item === 'number' ? item : ((item as { value: number }).value ?? NaN)));
}

/** A series' data items as written (for per-item colours and labels). */
export function itemsOf(option: ChartOption, index = 0): Loose[] {
  return (seriesOf(option)[index]?.data ?? []) as Loose[];
}

export function titleOf(option: ChartOption): Loose {
  return single(option.title);
}

/** An empty-state option: a title, no series, no axes. */
export function emptyText(option: ChartOption): string | undefined {
  if (seriesOf(option).length > 0 || option.xAxis !== undefined || option.yAxis !== undefined)
    return undefined;
  return titleOf(option).text as string | undefined;
}

export function fontSizeOf(part: Loose, key: 'axisLabel' | 'label' | 'textStyle'): number {
  return (part[key] as { fontSize: number }).fontSize;
}
