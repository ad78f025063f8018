import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ReactElement } from 'react';
import { init, use as registerModules } from 'echarts/core';
import type { EChartsType } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartOption } from './chart-option';
import { useDevicePixelRatio } from './use-device-pixel-ratio';

// Only what ChartOption allows; everything else stays out of the bundle.
registerModules([
  BarChart,
  LineChart,
  GridComponent,
  LegendPlainComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export interface EChartProps {
  /** Built by a pure build…Option function; memoise it: a new object means a new setOption. */
  option: ChartOption;
  className?: string;
  ariaLabel?: string;
  /** Called with each instance once it exists (a chart is re-created when the pixel ratio changes). */
  onReady?: (chart: EChartsType) => void;
  /** 'canvas' by default; 'svg' needs SVGRenderer registered by the caller (jsdom tests use it). */
  renderer?: 'canvas' | 'svg';
}

const FILL = {
  position: 'relative',
  width: '100%',
  height: '100%',
  minHeight: 0,
  overflow: 'hidden',
} as const;

/**
 * The one owner of an ECharts instance: created when its box first has a size (a hidden scene does
 * not get a 0×0 canvas), sized from a ResizeObserver, given each new option whole, and disposed with
 * its observer on unmount. Nothing else keeps a reference, so a wall running for weeks holds one
 * instance per mounted chart and no more.
 */
export function EChart({
  option,
  className,
  ariaLabel,
  onReady,
  renderer = 'canvas',
}: EChartProps): ReactElement {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const appliedRef = useRef<ChartOption | null>(null);
  const optionRef = useRef(option);
  const onReadyRef = useRef(onReady);
  const devicePixelRatio = useDevicePixelRatio();

  useLayoutEffect(function rememberLatestProps() {
    optionRef.current = option;
    onReadyRef.current = onReady;
  });

  useEffect(
    function mountChart() {
      const container = containerRef.current;
      if (container === null) return undefined;
      let chart: EChartsType | null = null;

      const fit = (): void => {
        if (container.clientWidth === 0 || container.clientHeight === 0) return;
        if (chart !== null) {
          chart.resize();
          return;
        }
        chart = init(container, null, { renderer, devicePixelRatio });
        chart.setOption(optionRef.current, { notMerge: true });
        appliedRef.current = optionRef.current;
        chartRef.current = chart;
        onReadyRef.current?.(chart);
      };

      fit();
      // Browsers all have it; the guard keeps the component harmless where it is missing (jsdom).
      const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit);
      observer?.observe(container);

      return function disposeChart() {
        observer?.disconnect();
        chart?.dispose();
        chartRef.current = null;
        appliedRef.current = null;
      };
    },
    [renderer, devicePixelRatio],
  );

  useEffect(
    function applyOption() {
      const chart = chartRef.current;
      if (chart === null || appliedRef.current === option) return;
      // notMerge: the new option replaces the old one whole, so nothing of an earlier one lingers.
      chart.setOption(option, { notMerge: true });
      appliedRef.current = option;
    },
    [option],
  );

  return (
    <div
      ref={containerRef}
      className={className ? `e-chart ${className}` : 'e-chart'}
      style={FILL}
      role="img"
      aria-label={ariaLabel}
      data-testid="e-chart"
    />
  );
}
