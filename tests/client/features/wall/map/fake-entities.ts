import type { Camera, Grid, Staff } from '../../../../../src/shared/schemas/town';
import { staffRoleCodes } from '../../../../../src/shared/schemas/town';
import type { WallMarker, WallSummary } from '../../../../../src/shared/schemas/wall';

/** Test data for the wall map without node APIs, so the browser perf harness can use it too. */

interface GeoJsonGrids {
  features: { properties: Record<string, unknown>; geometry: Grid['geometry'] }[];
}

/** GET /api/grids items from the layer file's features. */
export function gridsFromGeoJson(json: GeoJsonGrids): Grid[] {
  return json.features.map((f) => ({
    grid_id: String(f.properties.grid_id),
    type: f.properties.type === 'specialised' ? 'specialised' : 'basic',
    name: String(f.properties.name),
    village_id: (f.properties.village_id as string | undefined) ?? null,
    village: (f.properties.village as string | undefined) ?? null,
    subtype: (f.properties.subtype as string | undefined) ?? null,
    area_km2: Number(f.properties.area_km2 ?? 0),
    synthetic: true,
    geometry: f.geometry,
  }));
}

/** A small deterministic PRNG so generated positions are the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A point inside the grid: its first vertex pulled towards the bbox centre is not enough, so sample. */
export function centreOf(grid: Grid): { lat: number; lng: number } {
  const ring = grid.geometry.coordinates[0] ?? [];
  const lng = ring.reduce((sum, [x]) => sum + x, 0) / ring.length;
  const lat = ring.reduce((sum, [, y]) => sum + y, 0) / ring.length;
  return { lat, lng };
}

export function makeCameras(grids: Grid[], count: number): Camera[] {
  const next = random(7);
  return Array.from({ length: count }, (_, i) => {
    const grid = grids[i % grids.length]!;
    const c = centreOf(grid);
    return {
      id: `cam-${i}`,
      name: `Camera ${i}`,
      source: 'community',
      gridId: grid.grid_id,
      location: { lat: c.lat + (next() - 0.5) * 0.002, lng: c.lng + (next() - 0.5) * 0.002 },
      status: i % 10 === 0 ? 'offline' : i % 25 === 0 ? 'alerting' : 'online',
      ptz: false,
      streams: { sub: { hls: '/sim/hls/x/index.m3u8', codec: 'h264', width: 640, height: 360 } },
      health: { kind: 'none' },
      snapshotUrl: null,
      version: 1,
    };
  });
}

export function makeStaff(grids: Grid[], count: number): Staff[] {
  return Array.from({ length: count }, (_, i) => {
    const grid = grids[i % grids.length]!;
    const c = centreOf(grid);
    return {
      id: `staff-${i}`,
      name: `Staff ${String(i).padStart(3, '0')}`,
      role: staffRoleCodes[i % staffRoleCodes.length]!,
      gridIds: [grid.grid_id],
      villageId: grid.village_id,
      partyMember: i % 3 !== 0,
      onDuty: i % 5 !== 0,
      phone: '13800000000',
      position: i % 7 === 0 ? null : { lat: c.lat + 0.0005, lng: c.lng - 0.0005 },
      positionAt: null,
      version: 1,
    };
  });
}

export function makeMarker(i: number, overrides: Partial<WallMarker> = {}): WallMarker {
  return {
    id: `wo-${i}`,
    number: `YT-20260301-${String(i).padStart(4, '0')}`,
    title: `Order ${i}`,
    priority: (['P1', 'P2', 'P3', 'P4', null] as const)[i % 5] ?? null,
    status: 'dispatched',
    category: 'sanitation',
    gridId: null,
    location: { lat: 34.9, lng: 116.88 },
    overdue: false,
    version: 1,
    ...overrides,
  };
}

export function makeMarkers(grids: Grid[], count: number): WallMarker[] {
  const next = random(11);
  return Array.from({ length: count }, (_, i) => {
    const grid = grids[i % grids.length]!;
    const c = centreOf(grid);
    return makeMarker(i, {
      gridId: grid.grid_id,
      location: { lat: c.lat + (next() - 0.5) * 0.004, lng: c.lng + (next() - 0.5) * 0.004 },
      overdue: i % 9 === 0,
    });
  });
}

export function makeSummary(grids: WallSummary['grids']): WallSummary {
  return {
    at: '2026-03-01T09:30:00+08:00',
    asOfSeq: 10,
    kpis: {
      receivedToday: 0,
      inProgress: 0,
      overdue: 0,
      closedToday: 0,
      onTimeRate: null,
      satisfactionRate: null,
      camerasOnline: 0,
      camerasTotal: 0,
      staffOnDuty: 0,
      staffTotal: 0,
      redCards: 0,
      yellowCards: 0,
    },
    dutyLeader: null,
    byCategoryToday: [],
    trend24h: { hours: [], series: [] },
    loadByVillage: [],
    onTimeByDepartment: [],
    pipeline: [],
    grids,
    cardsByUnit: [],
  };
}
