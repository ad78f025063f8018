import { describe, expect, it } from 'vitest';
import {
  TREND_HOURS,
  buildTrendOption,
  shanghaiHourLabel,
} from '../../../../../src/client/features/wall/charts/build-trend-option';
import { estimateTextWidth } from '../../../../../src/client/features/wall/charts/chart-base';
import { wallChartStyle } from '../../../../../src/client/features/wall/charts/wall-chart-theme';
import type { WallSummary } from '../../../../../src/shared/schemas/wall';
import { categoriesOf, emptyText, seriesOf, valuesOf } from './option-helpers';

type Trend = WallSummary['trend24h'];
const labels = {
  sources: new Map([
    ['hotline', '12345热线'],
    ['grid_report', '网格员上报'],
    ['video', '视频巡查'],
  ]),
  empty: '近24小时暂无工单',
};
const build = (data: Trend, scale = 1): ReturnType<typeof buildTrendOption> =>
  buildTrendOption(data, { ...wallChartStyle(scale), labels });

/** `n` hourly buckets ending with the one starting at 2026-03-01 10:00 Shanghai (02:00Z). */
function hours(n: number): string[] {
  const last = Date.parse('2026-03-01T02:00:00.000Z');
  return Array.from({ length: n }, (_, i) => new Date(last - (n - 1 - i) * 3_600_000).toISOString());
}
const zeros = (n: number): number[] => new Array<number>(n).fill(0);

describe('buildTrendOption', () => {
  it('labels the hours on the town clock', () => {
    expect(shanghaiHourLabel('2026-03-01T01:00:00.000Z')).toBe('09:00');
    expect(shanghaiHourLabel('2026-03-01T16:00:00.000Z')).toBe('00:00');
    expect(shanghaiHourLabel('2026-03-01T23:00:00+08:00')).toBe('23:00');
    expect(
      categoriesOf(build({ hours: hours(3), series: [{ source: 'video', counts: [1, 0, 0] }] }), 'xAxis'),
    ).toEqual(['08:00', '09:00', '10:00']);
  });

  it('stacks one line per source with orders, the biggest first, named and aligned by hour', () => {
    const option = build({
      hours: hours(3),
      series: [
        { source: 'hotline', counts: [1, 0, 2] },
        { source: 'grid_report', counts: [4, 1, 0] },
        { source: 'video', counts: [0, 0, 0] },
      ],
    });
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual(['网格员上报', '12345热线']);
    expect(valuesOf(option, 0)).toEqual([4, 1, 0]);
    expect(valuesOf(option, 1)).toEqual([1, 0, 2]);
    expect(series.every((s) => s.type === 'line' && s.stack === 'total')).toBe(true);
  });

  it('merges a repeated source and pads short counts with zeros', () => {
    const option = build({
      hours: hours(3),
      series: [
        { source: 'hotline', counts: [1] },
        { source: 'hotline', counts: [0, 2, 3] },
      ],
    });
    expect(seriesOf(option)).toHaveLength(1);
    expect(valuesOf(option)).toEqual([1, 2, 3]);
  });

  it(`keeps only the latest ${TREND_HOURS} hours of a longer answer`, () => {
    const n = TREND_HOURS + 5;
    const counts = Array.from({ length: n }, (_, i) => i);
    const option = build({ hours: hours(n), series: [{ source: 'hotline', counts }] });
    expect(categoriesOf(option, 'xAxis')).toHaveLength(TREND_HOURS);
    expect(categoriesOf(option, 'xAxis').at(-1)).toBe('10:00');
    expect(valuesOf(option)).toEqual(counts.slice(5));
  });

  it('shows a source without a name by its code', () => {
    const option = build({ hours: hours(1), series: [{ source: 'leader', counts: [1] }] });
    expect(seriesOf(option)[0]?.name).toBe('leader');
  });

  it('says there were no orders when every count is zero or there are no hours', () => {
    expect(emptyText(build({ hours: hours(24), series: [{ source: 'hotline', counts: zeros(24) }] }))).toBe(
      '近24小时暂无工单',
    );
    expect(emptyText(build({ hours: [], series: [] }))).toBe('近24小时暂无工单');
  });

  it('keeps the legend in a column beside the plot, with room for its longest name', () => {
    const option = build({ hours: hours(2), series: [{ source: 'grid_report', counts: [1, 2] }] });
    const legend = option.legend as { orient: string; right: number };
    expect(legend.orient).toBe('vertical');
    const grid = option.grid as { right: number };
    // 网格员上报: five square glyphs at 14 px, beside a 14 px icon.
    expect(grid.right).toBeGreaterThanOrEqual(14 + 5 * 14);
    expect(estimateTextWidth('Grid report', 10)).toBeCloseTo(66);
  });

  it('scales line widths and the legend with the wall', () => {
    const option = build({ hours: hours(2), series: [{ source: 'hotline', counts: [1, 2] }] }, 3);
    expect((seriesOf(option)[0]?.lineStyle as { width: number }).width).toBe(6);
    const legend = option.legend as { textStyle: { fontSize: number }; itemWidth: number };
    expect(legend.textStyle.fontSize).toBe(42);
    expect(legend.itemWidth).toBe(42);
  });
});
