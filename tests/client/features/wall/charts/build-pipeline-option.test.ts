import { describe, expect, it } from 'vitest';
import {
  PIPELINE_ORDER,
  buildPipelineOption,
} from '../../../../../src/client/features/wall/charts/build-pipeline-option';
import { WALL_COLORS, wallChartStyle } from '../../../../../src/client/features/wall/charts/wall-chart-theme';
import type { WallSummary } from '../../../../../src/shared/schemas/wall';
import { statusCodes } from '../../../../../src/shared/schemas/work-order';
import { axisOf, categoriesOf, emptyText, fontSizeOf, itemsOf, valuesOf } from './option-helpers';

const zh: Record<string, string> = {
  new: '待受理',
  registered: '已立案',
  rejected: '不予立案',
  merged: '已合并',
  dispatched: '已派遣',
  accepted: '已签收',
  in_progress: '处置中',
  resolved: '已处置',
  verified: '已核查',
  closed: '已结案',
};
const labels = { statuses: new Map(Object.entries(zh)), empty: '暂无工单' };
const build = (data: WallSummary['pipeline'], scale = 1): ReturnType<typeof buildPipelineOption> =>
  buildPipelineOption(data, { ...wallChartStyle(scale), labels });

describe('buildPipelineOption', () => {
  it('lists every status once, in the order of the closed loop, whatever order the server sent', () => {
    expect([...PIPELINE_ORDER].sort()).toEqual([...statusCodes].sort());
    const option = build([
      { status: 'closed', count: 40 },
      { status: 'new', count: 3 },
      { status: 'dispatched', count: 5 },
    ]);
    expect(categoriesOf(option)).toEqual([
      '待受理',
      '已立案',
      '已派遣',
      '已签收',
      '处置中',
      '已处置',
      '已核查',
      '已结案',
      '不予立案',
      '已合并',
    ]);
    expect(valuesOf(option)).toEqual([3, 0, 5, 0, 0, 0, 0, 40, 0, 0]);
    expect(axisOf(option, 'yAxis').inverse).toBe(true);
  });

  it("sums a repeated status and draws today's exits quieter than the open stages", () => {
    const option = build([
      { status: 'new', count: 1 },
      { status: 'new', count: 2 },
      { status: 'rejected', count: 1 },
    ]);
    expect(valuesOf(option)[0]).toBe(3);
    const colours = itemsOf(option).map((item) => (item.itemStyle as { color: string }).color);
    expect(colours[0]).toBe(WALL_COLORS.accent);
    expect(colours.slice(-3)).toEqual([WALL_COLORS.muted, WALL_COLORS.muted, WALL_COLORS.muted]);
  });

  it('says there are no orders when every count is zero', () => {
    expect(emptyText(build([]))).toBe('暂无工单');
    expect(emptyText(build([{ status: 'new', count: 0 }]))).toBe('暂无工单');
  });

  it('scales with the wall', () => {
    expect(fontSizeOf(axisOf(build([{ status: 'new', count: 1 }], 2.5), 'yAxis'), 'axisLabel')).toBe(35);
  });
});
