import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';

/**
 * Every option a chart of this app may hold. Its parts are exactly the modules e-chart.tsx registers,
 * so a builder that reaches for an unregistered series or component fails the type-check instead of
 * rendering nothing on the wall.
 */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

export type BarSeries = BarSeriesOption;
export type LineSeries = LineSeriesOption;

type Single<T> = T extends readonly (infer Item)[] ? Item : T;
export type XAxisOption = Single<NonNullable<ChartOption['xAxis']>>;
export type YAxisOption = Single<NonNullable<ChartOption['yAxis']>>;
export type GridOption = Single<NonNullable<ChartOption['grid']>>;
export type TitleOption = Single<NonNullable<ChartOption['title']>>;
export type TooltipOption = Single<NonNullable<ChartOption['tooltip']>>;
export type LegendOption = Single<NonNullable<ChartOption['legend']>>;
