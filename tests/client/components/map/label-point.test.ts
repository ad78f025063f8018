import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../../../src/client/components/map/label-point';
import type { PolygonRings } from '../../../../src/client/components/map/label-point';
import { pointInPolygon } from '../../../../src/shared/geo/point-in-polygon';
import type { Ring } from '../../../../src/shared/geo/point-in-polygon';
import { realGrids } from '../../features/wall/map/wall-map-fakes';

const toRings = (rings: PolygonRings): Ring[] =>
  rings.map((ring) => ring.map(([x, y]): [number, number] => [x, y]));

function distanceToEdge([px, py]: readonly number[], rings: PolygonRings): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j]!;
      const [bx, by] = ring[i]!;
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((px! - ax) * dx + (py! - ay) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(px! - (ax + t * dx), py! - (ay + t * dy)));
    }
  }
  return best;
}

describe('labelPoint', () => {
  it('puts a square’s label at its centre', () => {
    const square: PolygonRings = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ];
    const [x, y] = labelPoint(square, 1e-6)!;
    expect(x).toBeCloseTo(0.5, 3);
    expect(y).toBeCloseTo(0.5, 3);
  });

  it('stays inside a U-shaped grid whose centroid falls in the notch', () => {
    const u: PolygonRings = [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    // The area centroid of this U is (1.5, ~1.17): inside the notch, outside the grid.
    expect(pointInPolygon(1.5, 1.17, toRings(u))).toBe(false);
    const point = labelPoint(u, 1e-6)!;
    expect(pointInPolygon(point[0], point[1], toRings(u))).toBe(true);
    expect(distanceToEdge(point, u)).toBeGreaterThan(0.4);
  });

  it('avoids a hole', () => {
    const donut: PolygonRings = [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
      [
        [1, 1],
        [3, 1],
        [3, 3],
        [1, 3],
        [1, 1],
      ],
    ];
    const point = labelPoint(donut, 1e-6)!;
    expect(pointInPolygon(point[0], point[1], toRings(donut))).toBe(true);
  });

  it('returns null for an empty polygon and the vertex for a degenerate one', () => {
    expect(labelPoint([])).toBeNull();
    expect(labelPoint([[]])).toBeNull();
    expect(
      labelPoint([
        [
          [2, 3],
          [2, 3],
        ],
      ]),
    ).toEqual([2, 3]);
  });

  it('keeps out of an area drawn on top (a specialised grid over a basic one)', () => {
    const square: PolygonRings = [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
    ];
    // An overlay across the middle and spilling outside: the label goes to the larger free part.
    const band: PolygonRings = [
      [
        [-1, 1],
        [5, 1],
        [5, 2.5],
        [-1, 2.5],
        [-1, 1],
      ],
    ];
    const point = labelPoint(square, 1e-6, [band])!;
    expect(pointInPolygon(point[0], point[1], toRings(square))).toBe(true);
    expect(pointInPolygon(point[0], point[1], toRings(band))).toBe(false);
    expect(point[1]).toBeGreaterThan(2.5);
    // Fully covered: better a label under the overlay than none.
    const cover: PolygonRings = [
      [
        [-1, -1],
        [5, -1],
        [5, 5],
        [-1, 5],
        [-1, -1],
      ],
    ];
    expect(labelPoint(square, 1e-6, [cover])).toEqual(labelPoint(square, 1e-6));
  });

  it('lands well inside every one of the demo town’s 51 grids, thin river band included', () => {
    const grids = realGrids();
    expect(grids).toHaveLength(51);
    for (const grid of grids) {
      const rings = grid.geometry.coordinates;
      const point = labelPoint(rings)!;
      expect(pointInPolygon(point[0], point[1], rings), grid.grid_id).toBe(true);
      // At least ~50 m from the outline, so a click on the label's centre is inside the grid.
      expect(distanceToEdge(point, rings), grid.grid_id).toBeGreaterThan(0.0005);
    }
  });
});
