import { locateGrid } from '../../../shared/geo/locate-grid';
import type { LatLng } from '../../../shared/schemas/common';
import type { Grid } from '../../../shared/schemas/town';

type GridShape = Pick<Grid, 'grid_id' | 'type' | 'village_id' | 'geometry'>;

/** Area-weighted centroid of the outer ring (shoelace); the vertex mean for a degenerate ring. */
function centroid(grid: GridShape): LatLng | null {
  const ring = grid.geometry.coordinates[0] ?? [];
  const origin = ring[0];
  if (!origin) return null;
  // Relative to the first vertex: products of raw degrees (116 × 34) would lose the small differences.
  const [ox, oy] = origin;
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = [ring[i]![0] - ox, ring[i]![1] - oy];
    const [xj, yj] = [ring[j]![0] - ox, ring[j]![1] - oy];
    const cross = xj * yi - xi * yj;
    area += cross;
    x += (xj + xi) * cross;
    y += (yj + yi) * cross;
  }
  if (Math.abs(area) < 1e-15) {
    const n = ring.length;
    return { lng: ring.reduce((s, p) => s + p[0], 0) / n, lat: ring.reduce((s, p) => s + p[1], 0) / n };
  }
  return { lng: ox + x / (3 * area), lat: oy + y / (3 * area) };
}

/**
 * A point the server will place in this grid: its centre when that lies inside it and not under a
 * specialised grid, else the first such point of a 9×9 lattice over the grid's bounds. The server
 * assigns the grid by point-in-polygon, and a grid worker may report only in their own grids.
 */
export function pointInGrid(grid: GridShape, all: readonly GridShape[]): LatLng | null {
  const lands = (p: LatLng): boolean => locateGrid(p, all).gridId === grid.grid_id;
  const centre = centroid(grid);
  if (centre && lands(centre)) return centre;
  const ring = grid.geometry.coordinates[0] ?? [];
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  const [minLng, maxLng, minLat, maxLat] = [
    Math.min(...lngs),
    Math.max(...lngs),
    Math.min(...lats),
    Math.max(...lats),
  ];
  for (let i = 1; i <= 9; i++) {
    for (let j = 1; j <= 9; j++) {
      const p = { lng: minLng + ((maxLng - minLng) * i) / 10, lat: minLat + ((maxLat - minLat) * j) / 10 };
      if (lands(p)) return p;
    }
  }
  return null;
}
