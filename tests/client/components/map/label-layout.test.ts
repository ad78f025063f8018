import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  nudgeClear,
  placeLabels,
} from '../../../../src/client/components/map/label-layout';

const box = (id: string, x: number, y: number, priority = 0, width = 100, height = 20) => ({
  id,
  x,
  y,
  width,
  height,
  priority,
});

describe('placeLabels', () => {
  it('keeps every full label when none overlap', () => {
    expect(placeLabels([box('a', 0, 0), box('b', 200, 0)])).toEqual(new Set(['a', 'b']));
  });

  it('gives the place to the higher priority when two collide, whatever the input order', () => {
    expect(placeLabels([box('small', 0, 0, 1), box('large', 50, 0, 9)])).toEqual(new Set(['large']));
    expect(placeLabels([box('large', 50, 0, 9), box('small', 0, 0, 1)])).toEqual(new Set(['large']));
  });

  it('does not let a long label cover another grid’s short form', () => {
    const full = [box('a', 0, 0, 9, 300), box('b', 100, 0, 1)];
    const compact = [box('a', 0, 0, 0, 20), box('b', 100, 0, 0, 20)];
    // a's long label would sit on top of b's value: a stays short, b fits.
    expect(placeLabels(full, compact)).toEqual(new Set(['b']));
  });
});

describe('estimateTextWidth', () => {
  it('counts CJK as one em and Latin as about 0.6 em', () => {
    expect(estimateTextWidth('杨屯社区', 14)).toBe(56);
    expect(estimateTextWidth('12', 10)).toBeCloseTo(12);
  });
});

describe('nudgeClear', () => {
  const clear = { halfWidth: 40, halfHeight: 50 };

  it('moves a marker sitting on a label to just below it', () => {
    expect(nudgeClear({ x: 105, y: 210 }, [{ x: 100, y: 200 }], clear)).toEqual({ x: 105, y: 250 });
  });

  it('goes above the label when the spot below is another label', () => {
    const labels = [
      { x: 100, y: 200 },
      { x: 110, y: 260 },
    ];
    expect(nudgeClear({ x: 100, y: 205 }, labels, clear)).toEqual({ x: 100, y: 150 });
  });

  it('stays with its orders when labels are packed too tight to step aside', () => {
    const labels = [
      { x: 100, y: 150 },
      { x: 100, y: 200 },
      { x: 100, y: 250 },
    ];
    expect(nudgeClear({ x: 100, y: 200 }, labels, clear)).toBeNull();
  });

  it('leaves a marker that is already clear where it is', () => {
    expect(nudgeClear({ x: 100, y: 251 }, [{ x: 100, y: 200 }], clear)).toBeNull();
    expect(nudgeClear({ x: 141, y: 200 }, [{ x: 100, y: 200 }], clear)).toBeNull();
    expect(nudgeClear({ x: 0, y: 0 }, [], clear)).toBeNull();
  });
});
