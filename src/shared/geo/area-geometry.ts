import type { AreaGeometry2D, PolygonCoords, Ring2D } from './geometry-checks';
import { pointInPolygon } from './point-in-polygon';
import { distanceToSegmentMetres, ringAreaKm2 } from './segments';

export function polygonsOf(area: AreaGeometry2D): PolygonCoords[] {
  return area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
}

export function inArea(lng: number, lat: number, area: AreaGeometry2D): boolean {
  return polygonsOf(area).some((rings) => pointInPolygon(lng, lat, rings));
}

function distanceToBoundary(lng: number, lat: number, area: AreaGeometry2D): number {
  let best = Infinity;
  for (const rings of polygonsOf(area)) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        best = Math.min(best, distanceToSegmentMetres([lng, lat], ring[i]!, ring[i + 1]!));
      }
    }
  }
  return best;
}

export interface Outside {
  /** How many vertices lie outside by more than the tolerance. */
  count: number;
  /** The farthest of them: its position index in the ring and its distance in metres. */
  worst: { index: number; metres: number };
}

/**
 * Vertices of `ring` outside `area` by more than `toleranceMetres` (a vertex on the boundary, or
 * just across it, counts as inside: two surveyed layers rarely share vertices to the millimetre).
 */
export function verticesOutside(ring: Ring2D, area: AreaGeometry2D, toleranceMetres: number): Outside | null {
  let result: Outside | null = null;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [lng, lat] = ring[i]!;
    if (inArea(lng, lat, area)) continue;
    const metres = distanceToBoundary(lng, lat, area);
    if (metres <= toleranceMetres) continue;
    if (!result) result = { count: 0, worst: { index: i, metres } };
    result.count++;
    if (metres > result.worst.metres) result.worst = { index: i, metres };
  }
  return result;
}

/** Outer ring area minus holes, summed over the parts, in km². */
export function areaKm2(area: AreaGeometry2D): number {
  return polygonsOf(area).reduce(
    (sum, [outer, ...holes]) =>
      sum + (outer ? ringAreaKm2(outer) : 0) - holes.reduce((h, ring) => h + ringAreaKm2(ring), 0),
    0,
  );
}

function vertexMean(ring: Ring2D): [number, number] {
  const pts = ring.slice(0, -1);
  const n = Math.max(1, pts.length);
  return [pts.reduce((s, p) => s + p[0], 0) / n, pts.reduce((s, p) => s + p[1], 0) / n];
}

/**
 * A point inside the area to pin its label (a village's position): the mean of the largest part's
 * outer vertices when that falls inside, else the midpoint of the widest horizontal chord through it.
 */
export function labelPoint(area: AreaGeometry2D): { lat: number; lng: number } {
  const parts = polygonsOf(area);
  const largest = parts.reduce((a, b) => (ringAreaKm2(b[0] ?? []) > ringAreaKm2(a[0] ?? []) ? b : a));
  const outer = largest[0] ?? [];
  const [lng, lat] = vertexMean(outer);
  if (pointInPolygon(lng, lat, largest)) return { lat, lng };
  // Concave part: cut it at the mean latitude and take the middle of the longest inside stretch.
  const xs: number[] = [];
  for (const ring of largest) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      if (y1 > lat !== y2 > lat) xs.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] = [outer[0]?.[0] ?? lng, outer[0]?.[1] ?? lat];
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1]! - xs[i]! > width) {
      width = xs[i + 1]! - xs[i]!;
      best = [(xs[i]! + xs[i + 1]!) / 2, lat];
    }
  }
  return { lat: best[1], lng: best[0] };
}
