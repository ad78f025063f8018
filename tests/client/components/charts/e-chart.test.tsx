import { act, cleanup, render, screen } from '@testing-library/react';
import { getInstanceByDom, setPlatformAPI, use } from 'echarts/core';
import type { EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EChart } from '../../../../src/client/components/charts/e-chart';
import type { ChartOption } from '../../../../src/client/components/charts/chart-option';

// jsdom has no canvas, but it has SVG: the real ECharts runs here with the SVG renderer, and text is
// measured by a rough rule instead of a 2D context.
use([SVGRenderer]);
setPlatformAPI({ measureText: (text = '') => ({ width: text.length * 8 }) });

/** A ResizeObserver the test drives: jsdom has none, and never lays anything out. */
class FakeResizeObserver {
  static live = new Set<FakeResizeObserver>();
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(): void {
    FakeResizeObserver.live.add(this);
  }
  unobserve(): void {}
  disconnect(): void {
    FakeResizeObserver.live.delete(this);
  }
  static notify(): void {
    for (const observer of FakeResizeObserver.live)
      observer.callback([], observer as unknown as ResizeObserver);
  }
}

/** A (resolution: Ndppx) media query list whose change the test fires. */
function fakeMatchMedia(): { fire: () => void; listeners: () => number } {
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    media: query,
    matches: true,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }));
  return { fire: () => [...listeners].forEach((l) => l()), listeners: () => listeners.size };
}

let size = { width: 0, height: 0 };
function resizeTo(width: number, height: number): void {
  size = { width, height };
  act(() => FakeResizeObserver.notify());
}

const bars = (title: string): ChartOption => ({
  title: { text: title },
  xAxis: { type: 'category', data: ['a', 'b'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: [1, 2] }],
});

beforeEach(() => {
  size = { width: 0, height: 0 };
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(() => size.width);
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(() => size.height);
});

afterEach(() => {
  cleanup();
  FakeResizeObserver.live.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function renderChart(option: ChartOption, onReady?: (chart: EChartsType) => void): ReturnType<typeof render> {
  return render(<EChart option={option} renderer="svg" ariaLabel="orders" onReady={onReady} />);
}

describe('EChart', () => {
  it('waits for its box to have a size, then draws the option in it', () => {
    renderChart(bars('Hello'));
    const box = screen.getByRole('img', { name: 'orders' });
    expect(getInstanceByDom(box)).toBeUndefined();
    expect(box.querySelector('svg')).toBeNull();

    resizeTo(400, 300);
    expect(getInstanceByDom(box)).toBeDefined();
    expect(box.querySelector('svg')).not.toBeNull();
    expect(box.textContent).toContain('Hello');
  });

  it('draws at once when the box already has a size, filling it', () => {
    size = { width: 640, height: 360 };
    const ready = vi.fn<(chart: EChartsType) => void>();
    renderChart(bars('Hello'), ready);
    expect(ready).toHaveBeenCalledTimes(1);
    const chart = ready.mock.calls[0]![0];
    expect([chart.getWidth(), chart.getHeight()]).toEqual([640, 360]);
    const box = screen.getByRole('img', { name: 'orders' });
    expect([box.style.width, box.style.height]).toEqual(['100%', '100%']);
  });

  it('replaces the whole option when a new one comes, leaving nothing of the old', () => {
    size = { width: 400, height: 300 };
    let chart: EChartsType | undefined;
    const { rerender } = renderChart(bars('Hello'), (c) => (chart = c));
    rerender(<EChart option={{ title: { text: 'Second' }, series: [] }} renderer="svg" ariaLabel="orders" />);
    const box = screen.getByRole('img', { name: 'orders' });
    expect(box.textContent).toContain('Second');
    expect(box.textContent).not.toContain('Hello');
    const option = chart!.getOption() as { series?: unknown[]; xAxis?: unknown[] };
    expect(option.series ?? []).toHaveLength(0);
    expect(option.xAxis ?? []).toHaveLength(0);
  });

  it('follows its box when it is resized, and ignores a collapse to nothing', () => {
    size = { width: 400, height: 300 };
    let chart: EChartsType | undefined;
    renderChart(bars('Hello'), (c) => (chart = c));
    resizeTo(1920, 1080);
    expect([chart!.getWidth(), chart!.getHeight()]).toEqual([1920, 1080]);
    resizeTo(0, 0);
    expect([chart!.getWidth(), chart!.getHeight()]).toEqual([1920, 1080]);
  });

  it('disposes the chart and disconnects its observer on unmount', () => {
    size = { width: 400, height: 300 };
    let chart: EChartsType | undefined;
    const { unmount } = renderChart(bars('Hello'), (c) => (chart = c));
    const box = screen.getByRole('img', { name: 'orders' });
    expect(FakeResizeObserver.live.size).toBe(1);

    unmount();
    expect(chart!.isDisposed()).toBe(true);
    expect(getInstanceByDom(box)).toBeUndefined();
    expect(FakeResizeObserver.live.size).toBe(0);
  });

  it('keeps one chart and one observer however often it is mounted and unmounted', () => {
    size = { width: 400, height: 300 };
    const charts: EChartsType[] = [];
    for (let i = 0; i < 20; i++) renderChart(bars(`Run ${i}`), (c) => charts.push(c)).unmount();
    expect(charts).toHaveLength(20);
    expect(charts.every((c) => c.isDisposed())).toBe(true);
    expect(FakeResizeObserver.live.size).toBe(0);
  });

  it('re-creates the chart when the device pixel ratio changes (browser zoom, another screen)', () => {
    const media = fakeMatchMedia();
    size = { width: 400, height: 300 };
    const charts: EChartsType[] = [];
    renderChart(bars('Hello'), (c) => charts.push(c));
    expect(media.listeners()).toBe(1);

    vi.stubGlobal('devicePixelRatio', 2);
    act(() => media.fire());
    expect(charts).toHaveLength(2);
    expect(charts[0]!.isDisposed()).toBe(true);
    expect(charts[1]!.isDisposed()).not.toBe(true);
    expect(screen.getByRole('img', { name: 'orders' }).textContent).toContain('Hello');
    // The query for the old ratio is let go; one for the new ratio replaces it.
    expect(media.listeners()).toBe(1);
    expect(FakeResizeObserver.live.size).toBe(1);
  });

  it('renders only its box where there is neither layout nor ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { unmount } = render(<EChart option={bars('Hello')} ariaLabel="orders" />);
    const box = screen.getByRole('img', { name: 'orders' });
    expect(getInstanceByDom(box)).toBeUndefined();
    unmount();
  });
});
