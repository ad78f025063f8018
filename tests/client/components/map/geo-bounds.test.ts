import { describe, expect, it } from 'vitest';
import { boundsOfPolygons, ringArea } from '../../../../src/client/components/map/geo-bounds';

describe('geo bounds', () => {
  it('spans every outer ring and is null for nothing', () => {
    const a = [
      [
        [116.8, 34.86],
        [116.85, 34.9],
        [116.82, 34.88],
      ],
    ] as const;
    const b = [
      [
        [116.97, 34.97],
        [116.9, 34.92],
      ],
    ] as const;
    expect(boundsOfPolygons([a, b])).toEqual({ south: 34.86, west: 116.8, north: 34.97, east: 116.97 });
    expect(boundsOfPolygons([])).toBeNull();
  });

  it('measures a ring’s area whatever its winding', () => {
    const square = [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ] as const;
    expect(ringArea(square)).toBe(4);
    expect(ringArea([[...square[0]].reverse()])).toBe(4);
  });
});
