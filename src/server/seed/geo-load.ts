import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Grid, Town, Village } from '../../shared/schemas/town';

/** File names of the map layers in public/geo (see public/geo/ATTRIBUTION.md). */
export const GEO_FILES = {
  town: 'yangtun_town_approx_wgs84.geojson',
  villages: 'yangtun_villages_wgs84.geojson',
  grids: 'yangtun_grids_wgs84.geojson',
} as const;

const ring = z.array(z.tuple([z.number(), z.number()]).rest(z.number()));
const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });

const townFile = z.object({
  features: z
    .array(
      z.object({
        properties: z.object({
          code: z.string(),
          name: z.string(),
          area_km2: z.number(),
          seat_lonlat_approx: z.tuple([z.number(), z.number()]),
        }),
      }),
    )
    .length(1),
});

const villageFile = z.object({
  synthetic_positions: z.boolean().optional(),
  features: z.array(
    z.object({
      properties: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
    }),
  ),
});

const gridFile = z.object({
  features: z.array(
    z.object({
      properties: z.object({
        grid_id: z.string(),
        type: z.enum(['basic', 'specialised']),
        name: z.string(),
        village_id: z.string().nullish(),
        village: z.string().nullish(),
        subtype: z.string().nullish(),
        area_km2: z.number(),
        synthetic: z.boolean().optional(),
      }),
      geometry: polygon,
    }),
  ),
});

function readJson(geoDir: string, file: string): unknown {
  return JSON.parse(readFileSync(join(geoDir, file), 'utf8'));
}

/** The county is not in the town layer; the town belongs to 沛县 in every source. */
const COUNTY = '沛县';

export function loadTown(geoDir: string): Town {
  const [feature] = townFile.parse(readJson(geoDir, GEO_FILES.town)).features;
  const p = feature!.properties;
  return {
    code: p.code,
    name: p.name,
    county: COUNTY,
    seat: { lat: p.seat_lonlat_approx[1], lng: p.seat_lonlat_approx[0] },
    areaKm2: p.area_km2,
  };
}

/** The layer marks unnamed places `?`; the UI should say so in words rather than show a bare `?`. */
const kindOf = (raw: string): string => (raw === '?' ? '待核实' : raw);

export function loadVillages(geoDir: string): Village[] {
  const file = villageFile.parse(readJson(geoDir, GEO_FILES.villages));
  const synthetic = file.synthetic_positions ?? true;
  return file.features.map((f) => ({
    id: f.properties.id,
    name: f.properties.name,
    kind: kindOf(f.properties.kind),
    position: { lat: f.geometry.coordinates[1], lng: f.geometry.coordinates[0] },
    synthetic,
  }));
}

export function loadGrids(geoDir: string): Grid[] {
  const file = gridFile.parse(readJson(geoDir, GEO_FILES.grids));
  return file.features.map((f) => {
    const p = f.properties;
    const basic = p.type === 'basic';
    return {
      grid_id: p.grid_id,
      type: p.type,
      name: p.name,
      // Specialised grids span villages: they belong to none, whatever the file says.
      village_id: basic ? (p.village_id ?? null) : null,
      village: basic ? (p.village ?? null) : null,
      subtype: basic ? null : (p.subtype ?? null),
      area_km2: p.area_km2,
      synthetic: p.synthetic ?? true,
      geometry: {
        type: 'Polygon',
        coordinates: f.geometry.coordinates.map((r) => r.map(([lng, lat]) => [lng, lat] as [number, number])),
      },
    };
  });
}
