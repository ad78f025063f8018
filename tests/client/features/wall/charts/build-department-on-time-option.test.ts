import { describe, expect, it } from 'vitest';
import {
  DEPARTMENT_ROWS,
  buildDepartmentOnTimeOption,
  percent,
} from '../../../../../src/client/features/wall/charts/build-department-on-time-option';
import { WALL_COLORS, wallChartStyle } from '../../../../../src/client/features/wall/charts/wall-chart-theme';
import type { WallSummary } from '../../../../../src/shared/schemas/wall';
import { axisOf, categoriesOf, emptyText, fontSizeOf, itemsOf, seriesOf, valuesOf } from './option-helpers';

type Rows = WallSummary['onTimeByDepartment'];
const labels = {
  departments: new Map([
    ['D-ENV', '环保所'],
    ['D-LAW', '综合执法局'],
    ['D-WATER', '水利站'],
  ]),
  empty: '今日暂无办结考核数据',
};
const build = (data: Rows, scale = 1): ReturnType<typeof buildDepartmentOnTimeOption> =>
  buildDepartmentOnTimeOption(data, { ...wallChartStyle(scale), labels });
const row = (departmentId: string, onTime: number, total: number): Rows[number] => ({
  departmentId,
  onTime,
  total,
  rate: total === 0 ? null : onTime / total,
});

describe('buildDepartmentOnTimeOption', () => {
  it('draws on-time percentages per department, the lowest on top, by name', () => {
    const option = build([row('D-ENV', 17, 20), row('D-LAW', 5, 10), row('D-WATER', 10, 10)]);
    expect(categoriesOf(option)).toEqual(['综合执法局', '环保所', '水利站']);
    expect(valuesOf(option)).toEqual([50, 85, 100]);
    expect(axisOf(option, 'xAxis').max).toBe(100);
  });

  it('labels each bar with its percentage and count', () => {
    const option = build([row('D-ENV', 2, 3)]);
    expect(valuesOf(option)).toEqual([66.7]);
    expect((itemsOf(option)[0]?.label as { formatter: string }).formatter).toBe('66.7% · 2/3');
  });

  it('colours a bar green from 90 %, amber from 70 %, red below', () => {
    const option = build([row('A', 9, 10), row('B', 7, 10), row('C', 69, 100)]);
    const colours = itemsOf(option).map((item) => (item.itemStyle as { color: string }).color);
    expect(colours).toEqual([WALL_COLORS.danger, WALL_COLORS.warning, WALL_COLORS.good]);
  });

  it('leaves out departments with nothing settled and orders equal rates by volume', () => {
    const option = build([row('D-ENV', 0, 0), row('D-LAW', 1, 2), row('D-WATER', 5, 10)]);
    expect(categoriesOf(option)).toEqual(['水利站', '综合执法局']);
  });

  it(`shows at most ${DEPARTMENT_ROWS} departments, the ones furthest behind`, () => {
    const data = Array.from({ length: 15 }, (_, i) => row(`D${i}`, i, 20));
    const option = build(data);
    expect(valuesOf(option)).toHaveLength(DEPARTMENT_ROWS);
    expect(valuesOf(option)[0]).toBe(0);
    expect(categoriesOf(option).at(-1)).toBe('D9');
  });

  it('says nothing was due rather than drawing an empty frame', () => {
    expect(emptyText(build([]))).toBe('今日暂无办结考核数据');
    expect(emptyText(build([row('D-ENV', 0, 0)]))).toBe('今日暂无办结考核数据');
  });

  it('rounds percentages to one decimal and scales with the wall', () => {
    expect(percent(0.8526)).toBe(85.3);
    const option = build([row('D-ENV', 1, 2)], 2);
    expect(fontSizeOf(axisOf(option, 'yAxis'), 'axisLabel')).toBe(28);
    expect(seriesOf(option)[0]?.barMaxWidth).toBe(44);
  });
});
