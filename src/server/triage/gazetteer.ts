import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { locateGrid } from '../../shared/geo/locate-grid';
import { pointInPolygon, type Ring } from '../../shared/geo/point-in-polygon';
import type { LatLng } from '../../shared/schemas/common';
import type { Grid } from '../../shared/schemas/town';

/**
 * The offline gazetteer behind address suggestions: villages, grids and schematic landmarks of the
 * town as points with labels, searched by name. No network, no geocoder.
 */
export interface GazetteerEntry {
  kind: 'village' | 'grid' | 'landmark';
  name: string;
  /** How the place reads in a list, general to specific: "杨屯社区 · 第3网格". */
  label: string;
  lat: number;
  lng: number;
  gridId?: string;
  villageId?: string;
  /** Other names people use (`镇政府` for 杨屯镇人民政府); searched like the name. */
  aliases?: string[];
}

type Rings = ReadonlyArray<Ring>;

/** A village as an area (the village-cells layer) or, lacking one, the point of the villages layer. */
export interface GazetteerVillage {
  id: string;
  name: string;
  geometry?: { type: 'Polygon'; coordinates: Rings };
  position?: LatLng;
}

export const landmark = z.object({
  id: z.string(),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.string(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  schematic: z.boolean(),
});
export type Landmark = z.infer<typeof landmark>;

const landmarkFile = z.object({ note: z.string(), schematic: z.boolean(), landmarks: z.array(landmark) });

export const LANDMARKS_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'landmarks.json');
const VILLAGE_CELLS_FILE = 'yangtun_village_cells_wgs84.geojson';

export function loadLandmarks(file: string = LANDMARKS_FILE): Landmark[] {
  return landmarkFile.parse(JSON.parse(readFileSync(file, 'utf8'))).landmarks;
}

const villageCells = z.object({
  features: z.array(
    z.object({
      properties: z.object({ id: z.string(), name: z.string() }),
      geometry: z.object({
        type: z.literal('Polygon'),
        coordinates: z.array(z.array(z.tuple([z.number(), z.number()]).rest(z.number()))).min(1),
      }),
    }),
  ),
});

/** The village areas from the map layers in `geoDir` (public/geo). */
export function loadVillageCells(geoDir: string): GazetteerVillage[] {
  const file = villageCells.parse(JSON.parse(readFileSync(join(geoDir, VILLAGE_CELLS_FILE), 'utf8')));
  return file.features.map((f) => ({
    id: f.properties.id,
    name: f.properties.name,
    geometry: {
      type: 'Polygon',
      coordinates: f.geometry.coordinates.map((r) => r.map(([lng, lat]) => [lng, lat] as const)),
    },
  }));
}

/** Twice the signed area and the area-weighted centroid sums of one ring (shoelace). */
function ringMoments(ring: Ring): { a2: number; cx: number; cy: number } {
  let a2 = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xj, yj] = ring[j]!;
    const [xi, yi] = ring[i]!;
    const cross = xj * yi - xi * yj;
    a2 += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  return { a2, cx, cy };
}

/**
 * The area-weighted centroid of a polygon (outer ring minus holes), computed on lng/lat directly:
 * a local equirectangular projection only scales longitude, and centroids commute with scaling,
 * so degrees give the same point as metres would. A degenerate polygon gives its vertex mean.
 */
export function polygonCentroid(rings: Rings): LatLng {
  let a2 = 0;
  let cx = 0;
  let cy = 0;
  rings.forEach((ring, index) => {
    const m = ringMoments(ring);
    // Holes subtract whatever their winding: orient each ring by its role, not by the file.
    const sign = (index === 0 ? 1 : -1) * Math.sign(m.a2);
    a2 += sign * m.a2;
    cx += sign * m.cx;
    cy += sign * m.cy;
  });
  if (Math.abs(a2) < 1e-18) {
    const pts = rings[0] ?? [];
    const n = Math.max(1, pts.length);
    return { lng: pts.reduce((s, p) => s + p[0], 0) / n, lat: pts.reduce((s, p) => s + p[1], 0) / n };
  }
  return { lng: cx / (3 * a2), lat: cy / (3 * a2) };
}

/**
 * A point to pin a polygon's label on: its centroid, or, when the polygon is bent so that the
 * centroid falls outside it (the lakeside strip), the middle of the widest chord at that latitude.
 */
export function labelPoint(rings: Rings): LatLng {
  const c = polygonCentroid(rings);
  if (pointInPolygon(c.lng, c.lat, rings)) return c;
  const xs: number[] = [];
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > c.lat !== yj > c.lat) xs.push(xi + ((c.lat - yi) * (xj - xi)) / (yj - yi));
    }
  xs.sort((a, b) => a - b);
  let best: LatLng = c;
  let widest = -1;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const width = xs[k + 1]! - xs[k]!;
    if (width > widest) [widest, best] = [width, { lat: c.lat, lng: (xs[k]! + xs[k + 1]!) / 2 }];
  }
  return best;
}

export type GazetteerGrid = Pick<Grid, 'grid_id' | 'type' | 'name' | 'village_id' | 'village' | 'geometry'>;

const SEP = ' · ';

function gridLabel(g: GazetteerGrid): string {
  if (g.village && g.name.startsWith(g.village) && g.name.length > g.village.length)
    return `${g.village}${SEP}${g.name.slice(g.village.length)}`;
  return g.name;
}

/**
 * Villages at their area's label point, grids at theirs, landmarks where the file puts them,
 * each landmark tagged with the grid that holds it (a specialised grid wins) and that grid's
 * village.
 */
export function buildGazetteer(input: {
  villages: ReadonlyArray<GazetteerVillage>;
  grids: ReadonlyArray<GazetteerGrid>;
  landmarks: ReadonlyArray<Landmark>;
}): GazetteerEntry[] {
  const villageName = new Map(input.villages.map((v) => [v.id, v.name]));
  const villages = input.villages.flatMap((v): GazetteerEntry[] => {
    const point = v.geometry ? labelPoint(v.geometry.coordinates) : v.position;
    if (!point) return [];
    return [
      { kind: 'village', name: v.name, label: v.name, lat: point.lat, lng: point.lng, villageId: v.id },
    ];
  });
  const grids = input.grids.map((g): GazetteerEntry => {
    const point = labelPoint(g.geometry.coordinates);
    return {
      kind: 'grid',
      name: g.name,
      label: gridLabel(g),
      lat: point.lat,
      lng: point.lng,
      gridId: g.grid_id,
      ...(g.village_id ? { villageId: g.village_id } : {}),
    };
  });
  const landmarks = input.landmarks.map((l): GazetteerEntry => {
    const where = locateGrid({ lat: l.lat, lng: l.lng }, input.grids);
    const village = where.villageId ? villageName.get(where.villageId) : undefined;
    return {
      kind: 'landmark',
      name: l.name,
      label: village ? `${village}${SEP}${l.name}` : l.name,
      lat: l.lat,
      lng: l.lng,
      ...(where.gridId ? { gridId: where.gridId } : {}),
      ...(where.villageId ? { villageId: where.villageId } : {}),
      ...(l.aliases.length > 0 ? { aliases: [...l.aliases] } : {}),
    };
  });
  return [...villages, ...landmarks, ...grids];
}

/** Full-width folded, lower-cased, without any whitespace: `第３ 网格` and `第3网格` are one query. */
const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const KIND_ORDER: Record<GazetteerEntry['kind'], number> = { village: 0, landmark: 1, grid: 2 };

/** 0 exact, 1 prefix, 2 substring, null no match; the best over name, label and aliases. */
function matchRank(entry: GazetteerEntry, query: string): number | null {
  let best: number | null = null;
  for (const key of [entry.name, entry.label, ...(entry.aliases ?? [])]) {
    const k = fold(key);
    const rank = k === query ? 0 : k.startsWith(query) ? 1 : k.includes(query) ? 2 : null;
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}

/**
 * Places whose name, label or alias matches the query: exact before prefix before substring, then
 * villages before landmarks before grids, then shorter names; spaces are ignored. An empty query
 * matches nothing.
 */
export function searchGazetteer(
  gazetteer: ReadonlyArray<GazetteerEntry>,
  query: string,
  limit = 10,
): GazetteerEntry[] {
  const q = fold(query);
  if (q === '' || limit <= 0) return [];
  return gazetteer
    .map((entry, index) => ({ entry, index, rank: matchRank(entry, q) }))
    .filter((m): m is { entry: GazetteerEntry; index: number; rank: number } => m.rank !== null)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
        a.entry.name.length - b.entry.name.length ||
        a.index - b.index,
    )
    .slice(0, limit)
    .map((m) => m.entry);
}
