import type { LatLng } from '../../shared/schemas/common';
import type { Grid } from '../../shared/schemas/town';
import { locateGrid } from '../../shared/geo/locate-grid';
import { distanceMetres, pointInPolygon } from '../../shared/geo/point-in-polygon';
import type { Rng } from './prng';

type GridShape = Pick<Grid, 'grid_id' | 'type' | 'village_id' | 'geometry'>;

export interface Bounds {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

export function boundsOf(grids: ReadonlyArray<Pick<Grid, 'geometry'>>): Bounds {
  const b: Bounds = { minLat: Infinity, maxLat: -Infinity, minLng: Infinity, maxLng: -Infinity };
  for (const g of grids) {
    for (const [lng, lat] of g.geometry.coordinates[0] ?? []) {
      b.minLat = Math.min(b.minLat, lat);
      b.maxLat = Math.max(b.maxLat, lat);
      b.minLng = Math.min(b.minLng, lng);
      b.maxLng = Math.max(b.maxLng, lng);
    }
  }
  return b;
}

export function centroidOf(grid: Pick<Grid, 'geometry'>): LatLng {
  const ring = grid.geometry.coordinates[0] ?? [];
  // The closing vertex repeats the first one; counting it twice would pull the centre towards it.
  const pts = ring.length > 1 ? ring.slice(0, -1) : ring;
  const lng = pts.reduce((s, [x]) => s + x, 0) / Math.max(1, pts.length);
  const lat = pts.reduce((s, [, y]) => s + y, 0) / Math.max(1, pts.length);
  return { lat: round6(lat), lng: round6(lng) };
}

/** Six decimals are about 0.1 m: plenty for a town, and stable in JSON. */
export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

export function inGrid(point: LatLng, grid: Pick<Grid, 'geometry'>): boolean {
  return pointInPolygon(point.lng, point.lat, grid.geometry.coordinates);
}

/**
 * True when the grid lookup of the point answers this very grid: inside it and, for a basic grid,
 * not under a specialised overlay. Things placed this way land in their own grid when located again.
 */
export function ownsPoint(point: LatLng, grid: GridShape, all: ReadonlyArray<GridShape>): boolean {
  return locateGrid(point, all).gridId === grid.grid_id;
}

/**
 * A uniform random point inside the grid (rejection sampling in its bounding box), preferring points
 * the grid owns outright; falls back to any point inside, then to the centroid, so it never loops.
 */
export function randomPointInGrid(rng: Rng, grid: GridShape, all: ReadonlyArray<GridShape> = [grid]): LatLng {
  const b = boundsOf([grid]);
  let inside: LatLng | null = null;
  for (let i = 0; i < 500; i++) {
    const p = { lat: round6(rng.float(b.minLat, b.maxLat)), lng: round6(rng.float(b.minLng, b.maxLng)) };
    if (!inGrid(p, grid)) continue;
    if (ownsPoint(p, grid, all)) return p;
    inside ??= p;
  }
  return inside ?? centroidOf(grid);
}

/**
 * A point within `metres` of `from` that the grid owns; `from` itself when none is found, or any point
 * of the grid when `from` has strayed out of it.
 */
export function jitterInGrid(
  rng: Rng,
  from: LatLng,
  metres: number,
  grid: GridShape,
  all: ReadonlyArray<GridShape> = [grid],
): LatLng {
  const dLat = metres / 111_320;
  const dLng = metres / (111_320 * Math.cos((from.lat * Math.PI) / 180));
  for (let i = 0; i < 40; i++) {
    const p = {
      lat: round6(from.lat + rng.float(-dLat, dLat)),
      lng: round6(from.lng + rng.float(-dLng, dLng)),
    };
    if (ownsPoint(p, grid, all)) return p;
  }
  return ownsPoint(from, grid, all) ? from : randomPointInGrid(rng, grid, all);
}

/**
 * A point in no grid but within `maxMetres` of a grid's corner: a 镇外/未落格 case just across the
 * town's edge, as callers near the border produce.
 */
export function randomPointNearOutside(rng: Rng, all: ReadonlyArray<GridShape>, maxMetres = 1500): LatLng {
  const b = boundsOf(all);
  const margin = maxMetres / 111_320;
  const corners = all.flatMap((g) => g.geometry.coordinates[0] ?? []);
  const near = (p: LatLng): boolean =>
    corners.some(([lng, lat]) => distanceMetres(p, { lat, lng }) <= maxMetres);
  for (let i = 0; i < 500; i++) {
    const p = {
      lat: round6(rng.float(b.minLat - margin, b.maxLat + margin)),
      lng: round6(rng.float(b.minLng - margin, b.maxLng + margin)),
    };
    if (locateGrid(p, all).kind === 'out-of-grid' && near(p)) return p;
  }
  return { lat: round6(b.minLat - margin / 2), lng: round6(b.minLng - margin / 2) };
}
