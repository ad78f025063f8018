import type { LatLng } from '../schemas/common';
import type { Grid } from '../schemas/town';
import { pointInPolygon } from './point-in-polygon';

export type GridLocation =
  | { kind: 'in-grid'; gridId: string; villageId: string | null; basicGridId: string | null }
  | { kind: 'out-of-grid'; gridId: null; villageId: null; basicGridId: null; queue: 'town-centre' };

type GridShape = Pick<Grid, 'grid_id' | 'type' | 'village_id' | 'geometry'>;

/**
 * Which grid holds a point. A specialised grid overlays basic grids and wins where they overlap;
 * the village is taken from the basic grid under the point, since specialised grids span villages.
 * A point in no grid goes to the town centre's queue (镇外/未落格).
 */
export function locateGrid(point: LatLng, grids: ReadonlyArray<GridShape>): GridLocation {
  const hits = grids.filter((g) => pointInPolygon(point.lng, point.lat, g.geometry.coordinates));
  const basic = hits.find((g) => g.type === 'basic') ?? null;
  const specialised = hits.find((g) => g.type === 'specialised') ?? null;
  const chosen = specialised ?? basic;
  if (!chosen)
    return { kind: 'out-of-grid', gridId: null, villageId: null, basicGridId: null, queue: 'town-centre' };
  return {
    kind: 'in-grid',
    gridId: chosen.grid_id,
    villageId: basic?.village_id ?? chosen.village_id ?? null,
    basicGridId: basic?.grid_id ?? null,
  };
}
