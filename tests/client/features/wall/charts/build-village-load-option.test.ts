import { describe, expect, it } from 'vitest';
import {
  VILLAGE_ROWS,
  buildVillageLoadOption,
} from '../../../../../src/client/features/wall/charts/build-village-load-option';
import { wallChartStyle } from '../../../../../src/client/features/wall/charts/wall-chart-theme';
import type { WallSummary } from '../../../../../src/shared/schemas/wall';
import { axisOf, categoriesOf, emptyText, fontSizeOf, seriesOf, valuesOf } from './option-helpers';

const labels = {
  villages: new Map([
    ['V01', '杨屯社区'],
    ['V02', '孔庄村'],
    ['V03', '卞庄村'],
  ]),
  empty: '各村暂无在办工单',
};
const build = (data: WallSummary['loadByVillage'], scale = 1): ReturnType<typeof buildVillageLoadOption> =>
  buildVillageLoadOption(data, { ...wallChartStyle(scale), labels });

describe('buildVillageLoadOption', () => {
  it('draws the villages with open orders, heaviest on top, by name', () => {
    const option = build([
      { villageId: 'V01', open: 3 },
      { villageId: 'V02', open: 0 },
      { villageId: 'V03', open: 7 },
      { villageId: 'V99', open: 1 },
    ]);
    expect(categoriesOf(option)).toEqual(['卞庄村', '杨屯社区', 'V99']);
    expect(valuesOf(option)).toEqual([7, 3, 1]);
    expect(axisOf(option, 'yAxis').inverse).toBe(true);
  });

  it(`shows at most the ${VILLAGE_ROWS} busiest of the town's 21 villages, without a summed row`, () => {
    const data = Array.from({ length: 21 }, (_, i) => ({
      villageId: `V${String(i + 1).padStart(2, '0')}`,
      open: i + 1,
    }));
    const option = build(data);
    expect(valuesOf(option)).toEqual([21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10]);
    expect(categoriesOf(option)).toHaveLength(VILLAGE_ROWS);
    expect(categoriesOf(option)[0]).toBe('V21');
  });

  it('says no village has open orders rather than drawing nothing', () => {
    expect(emptyText(build([{ villageId: 'V01', open: 0 }]))).toBe('各村暂无在办工单');
    expect(emptyText(build([]))).toBe('各村暂无在办工单');
  });

  it('scales with the wall', () => {
    const option = build([{ villageId: 'V01', open: 3 }], 1.5);
    expect(fontSizeOf(axisOf(option, 'yAxis'), 'axisLabel')).toBe(21);
    expect(seriesOf(option)[0]?.barMaxWidth).toBe(33);
  });
});
