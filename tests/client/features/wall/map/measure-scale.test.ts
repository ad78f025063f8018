import { describe, expect, it } from 'vitest';
import {
  NO_DATA_COLOUR,
  buildMeasureScale,
  interpolate,
} from '../../../../../src/client/features/wall/map/measure-scale';
import type { GridMeasureRow } from '../../../../../src/client/features/wall/map/measure-scale';

const row = (gridId: string, open: number, redCards: number, onTimeRate: number | null): GridMeasureRow => ({
  gridId,
  open,
  overdue: 0,
  redCards,
  onTimeRate,
});
const rows = [row('a', 0, 0, 1), row('b', 5, 1, 0.5), row('c', 20, 4, 0), row('d', 10, 0, null)];

const luminance = (hex: string): number => {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
};
const redness = (hex: string): number => {
  const n = Number.parseInt(hex.slice(1), 16);
  return ((n >> 16) & 255) - ((n >> 8) & 255);
};

describe('measure colour scales', () => {
  it('open orders: 0 to the busiest grid, brighter as the count rises', () => {
    const scale = buildMeasureScale('open', rows);
    expect([scale.min, scale.max]).toEqual([0, 20]);
    const [zero, five, twenty] = [0, 5, 20].map((v) => scale.colour(v));
    expect(luminance(five!)).toBeGreaterThan(luminance(zero!));
    expect(twenty).toBe(scale.stops.at(-1));
    expect(scale.format(scale.value(rows[1]))).toBe('5');
  });

  it('red cards: none is a calm neutral, a single card already reads red', () => {
    const scale = buildMeasureScale('red', rows);
    expect(scale.max).toBe(4);
    expect(scale.colour(0)).toBe(scale.stops[0]);
    expect(redness(scale.colour(1))).toBeGreaterThan(redness(scale.colour(0)) + 60);
    expect(redness(scale.colour(4))).toBeGreaterThanOrEqual(redness(scale.colour(1)));
  });

  it('on-time rate: 0–100 %, low is red, high is green, no figure is grey', () => {
    const scale = buildMeasureScale('onTime', rows);
    expect([scale.min, scale.max]).toEqual([0, 1]);
    const low = scale.colour(0);
    const high = scale.colour(1);
    expect(redness(low)).toBeGreaterThan(100);
    expect(redness(high)).toBeLessThan(0);
    expect(scale.colour(scale.value(rows[3]))).toBe(NO_DATA_COLOUR);
    expect(scale.format(0.856)).toBe('86%');
    expect(scale.format(null)).toBe('—');
  });

  it('a grid missing from the summary has no data, whatever the measure', () => {
    for (const measure of ['open', 'red', 'onTime'] as const) {
      const scale = buildMeasureScale(measure, rows);
      expect(scale.value(undefined)).toBeNull();
      expect(scale.colour(null)).toBe(NO_DATA_COLOUR);
    }
  });

  it('keeps a usable range when every grid is at zero or there are no rows', () => {
    const scale = buildMeasureScale('open', []);
    expect(scale.max).toBe(1);
    expect(scale.colour(0)).toBe(scale.stops[0]);
  });

  it('interpolates between stops and clamps outside 0–1', () => {
    expect(interpolate(['#000000', '#ffffff'], 0.5)).toBe('#808080');
    expect(interpolate(['#000000', '#ffffff'], -1)).toBe('#000000');
    expect(interpolate(['#000000', '#ffffff'], 7)).toBe('#ffffff');
  });
});
