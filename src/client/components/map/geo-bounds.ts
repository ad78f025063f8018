import type { PolygonRings } from './label-point';

/** A lon/lat box; null-safe accumulation for "fit the map to whatever arrived". */
export interface GeoBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export function boundsOfPolygons(polygons: Iterable<PolygonRings>): GeoBounds | null {
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const rings of polygons) {
    for (const [lng, lat] of rings[0] ?? []) {
      south = Math.min(south, lat);
      north = Math.max(north, lat);
      west = Math.min(west, lng);
      east = Math.max(east, lng);
    }
  }
  return south === Infinity ? null : { south, west, north, east };
}

/** Projected area of the outer ring in square degrees (shoelace): enough to rank labels by size. */
export function ringArea(rings: PolygonRings): number {
  const ring = rings[0] ?? [];
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[j]!;
    sum += (bx - ax) * (by + ay);
  }
  return Math.abs(sum) / 2;
}
