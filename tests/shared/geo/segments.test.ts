import { describe, expect, it } from 'vitest';
import { areaKm2, labelPoint, verticesOutside } from '../../../src/shared/geo/area-geometry';
import { pointInPolygon } from '../../../src/shared/geo/point-in-polygon';
import {
  distanceToSegmentMetres,
  findSelfIntersection,
  ringAreaKm2,
  segmentsIntersect,
  type Point,
} from '../../../src/shared/geo/segments';
import { rect, X0, Y0 } from './layer-fixtures';

describe('segment geometry', () => {
  it('tells crossing, touching, collinear-overlapping and apart segments', () => {
    expect(segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [1, 5])).toBe(true);
    expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [2, 0], [3, 0])).toBe(false);
    expect(segmentsIntersect([0, 0], [1, 1], [0, 1], [0.4, 0.6])).toBe(false);
  });

  it('finds no crossing in a simple 4000-vertex ring, quickly, and one when two vertices swap', () => {
    const n = 4000;
    const ring: Point[] = Array.from({ length: n }, (_, i) => {
      const t = (2 * Math.PI * i) / n;
      return [X0 + 0.05 * Math.cos(t), Y0 + 0.05 * Math.sin(t)] as const;
    });
    const closed = [...ring, ring[0]!];
    const started = performance.now();
    expect(findSelfIntersection(closed)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
    const swapped = [...closed];
    [swapped[100], swapped[101]] = [swapped[101]!, swapped[100]!];
    expect(findSelfIntersection(swapped)).not.toBeNull();
  });

  it('measures distances and areas in metres and km² near the town', () => {
    expect(distanceToSegmentMetres([X0, Y0 + 0.001], [X0 - 1, Y0], [X0 + 1, Y0])).toBeCloseTo(110.5, 0);
    // 0.01° × 0.01° at 34.88° N ≈ 0.913 km × 1.105 km
    expect(ringAreaKm2(rect(0, 0, 1, 1))).toBeCloseTo(1.009, 2);
    expect(
      areaKm2({ type: 'Polygon', coordinates: [rect(0, 0, 2, 2), rect(0.5, 0.5, 1.5, 1.5)] }),
    ).toBeCloseTo(3 * 1.009, 2);
  });

  it('puts a label point inside a concave area', () => {
    const u: Array<[number, number]> = [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ].map(([x, y]) => [X0 + x! / 100, Y0 + y! / 100]);
    const p = labelPoint({ type: 'Polygon', coordinates: [u] });
    expect(pointInPolygon(p.lng, p.lat, [u])).toBe(true);
  });

  it('counts the vertices outside an area beyond the tolerance', () => {
    const area = { type: 'Polygon' as const, coordinates: [rect(0, 0, 1, 1)] };
    expect(verticesOutside(rect(0, 0, 1, 1), area, 0.5)).toBeNull();
    expect(verticesOutside(rect(0, 0, 2, 1), area, 0.5)).toMatchObject({ count: 2 });
  });
});
