import { describe, expect, it } from 'vitest';
import {
  PODIUM_COLORS,
  RANKING_ROWS,
  buildRankingOption,
} from '../../../../../src/client/features/wall/charts/build-ranking-option';
import { WALL_COLORS, wallChartStyle } from '../../../../../src/client/features/wall/charts/wall-chart-theme';
import type { UnitScore } from '../../../../../src/client/lib/evaluation/get-evaluation';
import { axisOf, categoriesOf, emptyText, fontSizeOf, itemsOf, valuesOf } from './option-helpers';

const labels = {
  units: new Map([
    ['V01', '杨屯社区'],
    ['V02', '孔庄村'],
    ['V03', '卞庄村'],
  ]),
  empty: '本月暂无绩效数据',
};
const build = (data: UnitScore[], scale = 1): ReturnType<typeof buildRankingOption> =>
  buildRankingOption(data, { ...wallChartStyle(scale), labels });

function score(id: string, value: number | null, rank: number | null): UnitScore {
  const rate = { onTime: 0, total: 0, rate: null };
  return {
    unit: { kind: 'village', id },
    received: 0,
    signOffOnTime: rate,
    resolveOnTime: rate,
    resolved: 0,
    avgHandlingHours: null,
    reworkRate: { reworked: 0, resolved: 0, rate: null },
    satisfaction: { satisfied: 0, basic: 0, dissatisfied: 0, rate: null },
    cards: { yellow: 0, red: 0 },
    supervisions: { opened: 0, unanswered: 0 },
    notices: 0,
    score: value,
    rank,
  };
}

describe('buildRankingOption', () => {
  it('ranks villages by the server’s rank, first on top, named and numbered', () => {
    const option = build([score('V03', 71.26, 3), score('V01', 96.5, 1), score('V02', 88, 2)]);
    expect(categoriesOf(option)).toEqual(['1  杨屯社区', '2  孔庄村', '3  卞庄村']);
    expect(valuesOf(option)).toEqual([96.5, 88, 71.3]);
    expect(axisOf(option, 'yAxis').inverse).toBe(true);
  });

  it('gives the podium its colours and the rest the accent; shared ranks share a colour', () => {
    const option = build([
      score('V01', 90, 1),
      score('V02', 90, 1),
      score('V03', 80, 3),
      score('V04', 70, 4),
    ]);
    const colours = itemsOf(option).map((item) => (item.itemStyle as { color: string }).color);
    expect(colours).toEqual([PODIUM_COLORS[0], PODIUM_COLORS[0], PODIUM_COLORS[2], WALL_COLORS.accent]);
    expect(categoriesOf(option).slice(0, 2)).toEqual(['1  杨屯社区', '1  孔庄村']);
  });

  it(`shows the top ${RANKING_ROWS} and leaves out units without a score`, () => {
    const data = Array.from({ length: 15 }, (_, i) => score(`V${i + 10}`, 100 - i, i + 1));
    data.push(score('V99', null, null));
    const option = build(data);
    expect(valuesOf(option)).toHaveLength(RANKING_ROWS);
    expect(categoriesOf(option).at(-1)).toBe('10  V19');
    expect(categoriesOf(option).join()).not.toContain('V99');
  });

  it('draws a negative score (penalties outweigh the rates) as it is', () => {
    expect(valuesOf(build([score('V01', -12.5, 1)]))).toEqual([-12.5]);
  });

  it('says there is no ranking yet rather than drawing nothing', () => {
    expect(emptyText(build([]))).toBe('本月暂无绩效数据');
    expect(emptyText(build([score('V01', null, null)]))).toBe('本月暂无绩效数据');
  });

  it('scales with the wall', () => {
    expect(fontSizeOf(axisOf(build([score('V01', 90, 1)], 4), 'yAxis'), 'axisLabel')).toBe(56);
  });
});
