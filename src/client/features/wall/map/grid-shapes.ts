import { polygon } from 'leaflet';
import type { Polygon } from 'leaflet';
import { ringArea } from '../../../components/map/geo-bounds';
import { labelPoint } from '../../../components/map/label-point';
import type { Position } from '../../../components/map/label-point';
import type { MapProjection } from '../../../components/map/map-projection';
import type { Grid } from '../../../../shared/schemas/town';
import { createGridLabel } from './grid-labels';
import type { GridLabel } from './grid-labels';

/** Degrees of latitude (≈ 5 m): a label needs no finer place, and the search stays a few ms per grid. */
const LABEL_PRECISION = 5e-5;

/**
 * Where each grid's label goes (WGS84 [lng, lat]): the pole of inaccessibility, and for a basic
 * grid away from the specialised grids drawn over it, or a click on the label would open those.
 */
export function gridLabelAnchors(grids: readonly Grid[]): Map<string, Position> {
  const overlays = grids
    .filter((grid) => grid.type === 'specialised')
    .map((grid) => grid.geometry.coordinates);
  const anchors = new Map<string, Position>();
  for (const grid of grids) {
    const rings = grid.geometry.coordinates;
    const avoid = grid.type === 'basic' ? overlays : [];
    const anchor = labelPoint(rings, LABEL_PRECISION, avoid) ?? rings[0]?.[0];
    if (anchor) anchors.set(grid.grid_id, anchor);
  }
  return anchors;
}

export interface GridShape {
  grid: Grid;
  shape: Polygon;
  label: GridLabel;
}

/**
 * One canvas polygon and one DOM label per grid, basic grids first so the specialised ones are
 * drawn (and hit) on top: they are smaller, and a click inside one means that one.
 */
export function buildGridShapes(
  grids: readonly Grid[],
  anchors: ReadonlyMap<string, Position>,
  projection: MapProjection,
): GridShape[] {
  const ordered = [...grids].sort(
    (a, b) => Number(a.type === 'specialised') - Number(b.type === 'specialised'),
  );
  return ordered.map((grid) => {
    const rings = grid.geometry.coordinates;
    const shape = polygon(
      rings.map((ring) => ring.map(([lng, lat]) => projection.toMap(lat, lng))),
      { interactive: true, bubblingMouseEvents: false },
    );
    const [lng, lat] = anchors.get(grid.grid_id) ?? rings[0]?.[0] ?? [0, 0];
    return { grid, shape, label: createGridLabel(grid, projection.toMap(lat, lng), ringArea(rings)) };
  });
}
