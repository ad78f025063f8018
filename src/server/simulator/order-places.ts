import { locateGrid } from '../../shared/geo/locate-grid';
import type { LatLng } from '../../shared/schemas/common';
import type { CategoryCode, Grid } from '../../shared/schemas/town';
import type { SeedTown } from '../seed/build-town';
import { jitterInGrid, randomPointInGrid, randomPointNearOutside } from '../seed/geo-sample';
import type { Rng } from '../seed/prng';

/** Where an event happens, and how a caller names the place. */
export interface Place {
  location: LatLng;
  /** The grid the server's lookup will find, or null just outside the town (未落格). */
  gridId: string | null;
  /** How people name the place: the village, else the specialised area. */
  placeName: string;
  /** Prefix of the address; the landmark is added by the caller of `addressOf`. */
  area: string;
}

/**
 * Some events cluster where they belong: floods and pollution along the lake, workplace hazards in the
 * industrial park, stalls and shops on the market street, trouble near the school.
 */
const AREA_BIAS: Partial<Record<CategoryCode, ReadonlyArray<readonly [subtype: string, share: number]>>> = {
  flood: [['lakeside', 0.6]],
  ecology: [
    ['lakeside', 0.25],
    ['industrial', 0.2],
  ],
  safety: [['industrial', 0.3]],
  market: [['market', 0.45]],
  city_order: [['market', 0.35]],
  public_order: [
    ['school', 0.1],
    ['market', 0.15],
  ],
};

/** Share of callers reporting from just across the town's edge. */
export const OUTSIDE_SHARE = 0.04;

export function pickGrid(rng: Rng, town: SeedTown, category: CategoryCode): Grid {
  let r = rng.next();
  for (const [subtype, share] of AREA_BIAS[category] ?? []) {
    const grid = town.grids.find((g) => g.subtype === subtype);
    if (grid && r < share) return grid;
    r -= share;
  }
  return rng.pick(town.grids.filter((g) => g.type === 'basic'));
}

export function describePoint(town: SeedTown, location: LatLng): Place {
  const hit = locateGrid(location, town.grids);
  if (hit.kind === 'out-of-grid') {
    return { location, gridId: null, placeName: '镇界附近', area: `${town.town.name}与邻镇交界处` };
  }
  const village = town.villages.find((v) => v.id === hit.villageId);
  const grid = town.grids.find((g) => g.grid_id === hit.gridId);
  const placeName = village?.name ?? grid?.name ?? town.town.name;
  return { location, gridId: hit.gridId, placeName, area: `${town.town.name}${placeName}` };
}

/** A random place for a category: mostly inside a grid, a few just across the town's edge. */
export function drawPlace(rng: Rng, town: SeedTown, category: CategoryCode, allowOutside: boolean): Place {
  if (allowOutside && rng.chance(OUTSIDE_SHARE))
    return describePoint(town, randomPointNearOutside(rng, town.grids));
  const grid = pickGrid(rng, town, category);
  return describePoint(town, randomPointInGrid(rng, grid, town.grids));
}

/** A place near a point (a staff member, a camera), kept inside the grid it stands in. */
export function drawPlaceNear(rng: Rng, town: SeedTown, from: LatLng, gridId: string, metres: number): Place {
  const grid = town.grids.find((g) => g.grid_id === gridId);
  if (!grid) return describePoint(town, from);
  return describePoint(town, jitterInGrid(rng, from, metres, grid, town.grids));
}

export function addressOf(place: Place, spot: string): string {
  return place.gridId === null ? place.area : `${place.area}${spot}附近`;
}
