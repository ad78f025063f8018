import { describe, expect, it } from 'vitest';
import {
  CATEGORY_ROWS,
  buildCategoryTodayOption,
} from '../../../../../src/client/features/wall/charts/build-category-today-option';
import type { CategoryTodayLabels } from '../../../../../src/client/features/wall/charts/build-category-today-option';
import { categoryCode } from '../../../../../src/shared/schemas/town';
import type { WallSummary } from '../../../../../src/shared/schemas/wall';
import { wallChartStyle } from '../../../../../src/client/features/wall/charts/wall-chart-theme';
import { axisOf, categoriesOf, emptyText, fontSizeOf, seriesOf, titleOf, valuesOf } from './option-helpers';

const labels: CategoryTodayLabels = {
  categories: new Map([
    ['sanitation', '环境卫生'],
    ['dispute', '矛盾纠纷'],
    ['safety', '安全隐患'],
  ]),
  uncategorised: '未分类',
  other: '其他',
  empty: '今日暂无工单',
};
const build = (
  data: WallSummary['byCategoryToday'],
  scale = 1,
): ReturnType<typeof buildCategoryTodayOption> =>
  buildCategoryTodayOption(data, { ...wallChartStyle(scale), labels });

describe('buildCategoryTodayOption', () => {
  it('draws one bar per category with orders, busiest first, named by the town', () => {
    const option = build([
      { category: 'sanitation', count: 5 },
      { category: 'dispute', count: 9 },
      { category: null, count: 2 },
      { category: 'market', count: 0 },
    ]);
    expect(categoriesOf(option)).toEqual(['矛盾纠纷', '环境卫生', '未分类']);
    expect(valuesOf(option)).toEqual([9, 5, 2]);
    // Busiest on top: the category axis runs top-down.
    expect(axisOf(option, 'yAxis').inverse).toBe(true);
    expect(seriesOf(option)).toHaveLength(1);
    expect(seriesOf(option)[0]?.type).toBe('bar');
  });

  it('shows a code it has no name for as the code, and orders equal counts by name', () => {
    const option = build([
      { category: 'flood', count: 3 },
      { category: 'safety', count: 3 },
    ]);
    expect(categoriesOf(option)).toEqual(['flood', '安全隐患']);
  });

  it(`caps the bars at ${CATEGORY_ROWS}, summing the rest into 其他`, () => {
    const data = [...categoryCode.options, null].map((category, i) => ({ category, count: 14 - i }));
    const option = build(data);
    const names = categoriesOf(option);
    const values = valuesOf(option);
    expect(names).toHaveLength(CATEGORY_ROWS);
    expect(names.at(-1)).toBe('其他');
    expect(values.slice(0, -1)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6]);
    expect(values.at(-1)).toBe(5 + 4 + 3 + 2 + 1);
    expect(values.reduce((a, b) => a + b, 0)).toBe(data.reduce((a, b) => a + b.count, 0));
  });

  it('keeps every category when there are exactly as many as the cap', () => {
    const data = categoryCode.options.slice(0, CATEGORY_ROWS).map((category) => ({ category, count: 1 }));
    expect(categoriesOf(build(data))).not.toContain('其他');
  });

  it('says there are no orders instead of drawing an empty frame', () => {
    expect(emptyText(build([]))).toBe('今日暂无工单');
    expect(emptyText(build([{ category: 'sanitation', count: 0 }]))).toBe('今日暂无工单');
  });

  it('scales type and bars with the wall', () => {
    const option = build([{ category: 'sanitation', count: 5 }], 2);
    expect(fontSizeOf(axisOf(option, 'yAxis'), 'axisLabel')).toBe(28);
    expect(fontSizeOf(seriesOf(option)[0] ?? {}, 'label')).toBe(30);
    expect(seriesOf(option)[0]?.barMaxWidth).toBe(44);
    expect(fontSizeOf(titleOf(build([], 4)), 'textStyle')).toBe(80);
  });

  it('does not animate: the wall refreshes all day', () => {
    expect(build([{ category: 'sanitation', count: 5 }]).animation).toBe(false);
    expect(build([]).animation).toBe(false);
  });
});
