import type { Camera, Category, Department, Grid, Staff, Town, Village } from '../../shared/schemas/town';
import { buildCameras } from './cameras';
import { CATEGORIES } from './categories';
import { buildDepartments } from './departments';
import { loadGrids, loadTown, loadVillages } from './geo-load';
import { buildStaff } from './staff';

export interface SeedTown {
  town: Town;
  villages: Village[];
  grids: Grid[];
  departments: Department[];
  categories: Category[];
  staff: Staff[];
  cameras: Camera[];
}

/**
 * The demo town: structure from the map layers in `geoDir` (the server passes `<repo>/public/geo`),
 * people and cameras drawn from `seed`. The same seed and layers always give the same town.
 */
export function buildTown(opts: { geoDir: string; seed: number }): SeedTown {
  const town = loadTown(opts.geoDir);
  const villages = loadVillages(opts.geoDir);
  const grids = loadGrids(opts.geoDir);
  return {
    town,
    villages,
    grids,
    departments: buildDepartments(villages),
    categories: CATEGORIES.map((c) => ({ ...c, examples: [...c.examples] })),
    staff: buildStaff(grids, opts.seed),
    cameras: buildCameras(grids, opts.seed),
  };
}
