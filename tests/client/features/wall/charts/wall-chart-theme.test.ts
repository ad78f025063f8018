import { describe, expect, it } from 'vitest';
import { px, wallChartStyle } from '../../../../../src/client/features/wall/charts/wall-chart-theme';

describe('wallChartStyle', () => {
  it('turns design px into CSS px by the wall scale', () => {
    expect(px(wallChartStyle(4), 14)).toBe(56);
    expect(px(wallChartStyle(2 / 3), 15)).toBeCloseTo(10);
  });

  it('draws at design size while the scale is not a positive number', () => {
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(wallChartStyle(scale).scale).toBe(1);
  });
});
