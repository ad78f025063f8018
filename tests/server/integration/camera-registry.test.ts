import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Camera, CameraInput, Grid } from '../../../src/shared/schemas/town';
import {
  api,
  CENTRE_POINT,
  login,
  once,
  socketFor,
  startTestServer,
  type Session,
  type TestServer,
} from '../../helpers/test-server';

interface Pushed {
  seq: number;
  entity: Camera;
}

let t: TestServer;
let admin: Session;
let operator: Session;
let worker: Session;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestServer();
  [admin, operator, worker] = await Promise.all([
    login(t.baseUrl, 'admin'),
    login(t.baseUrl, 'operator'),
    login(t.baseUrl, 'gridworker'),
  ]);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.stop();
});

async function openSocket(session: Session): Promise<Socket> {
  const socket = socketFor(t.baseUrl, session);
  sockets.push(socket);
  await once(socket, 'connect');
  return socket;
}

function input(id: string, extra: Partial<CameraInput> = {}): CameraInput {
  return {
    id,
    name: `测试探头-${id}`,
    source: 'community',
    gridId: 'YT-JC-01',
    location: CENTRE_POINT,
    ptz: false,
    streams: {
      sub: { hls: `http://media.example:8888/${id}/index.m3u8`, codec: 'h264', width: 640, height: 360 },
    },
    snapshotUrl: null,
    health: { kind: 'mediamtx', url: 'http://media.example:9997/v3/paths/list', path: id },
    ...extra,
  };
}

async function cameras(who: Session, query = ''): Promise<Camera[]> {
  const res = await who.request('GET', `/api/cameras?limit=1000${query}`);
  expect(res.status).toBe(200);
  return (res.body as { items: Camera[] }).items;
}

async function seq(): Promise<number> {
  return ((await api(t.baseUrl, 'GET', '/api/health')).body as { seq: number }).seq;
}

describe('camera registry: create, edit, delete', () => {
  it('creates, edits and deletes in one transaction each, pushing camera:created/updated/deleted', async () => {
    const socket = await openSocket(operator);
    const created = once<Pushed>(socket, 'camera:created');
    const res = await admin.request('POST', '/api/cameras', input('T-REG-1', { ptz: true }), {
      'idempotency-key': 'create-T-REG-1',
    });
    expect(res.status).toBe(201);
    const cam = res.body as Camera;
    expect(cam).toMatchObject({ id: 'T-REG-1', status: 'online', version: 1, ptz: true });
    expect((await created).entity).toEqual(cam);

    // The same key replays the first answer without a second camera or event.
    const before = await seq();
    const replay = await admin.request('POST', '/api/cameras', input('T-REG-1', { ptz: true }), {
      'idempotency-key': 'create-T-REG-1',
    });
    expect(replay).toMatchObject({ status: 201, body: cam });
    expect(await seq()).toBe(before);

    const updated = once<Pushed>(socket, 'camera:updated');
    const { id: _id, ...fields } = input('T-REG-1', { name: '东门-改', gridId: 'YT-JC-01' });
    const edit = await admin.request('PUT', '/api/cameras/T-REG-1', { ...fields, expectedVersion: 1 });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ name: '东门-改', ptz: false, status: 'online', version: 2 });
    expect((await updated).entity).toEqual(edit.body);

    const stale = await admin.request('PUT', '/api/cameras/T-REG-1', {
      ...fields,
      name: 'x',
      expectedVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'stale_version' } });

    expect((await admin.request('DELETE', '/api/cameras/T-REG-1?expectedVersion=1')).status).toBe(409);
    const deleted = once<Pushed>(socket, 'camera:deleted');
    const del = await admin.request('DELETE', '/api/cameras/T-REG-1?expectedVersion=2');
    expect(del.status).toBe(200);
    expect(del.body).toMatchObject({ id: 'T-REG-1', name: '东门-改', version: 3 });
    expect((await deleted).entity).toEqual(del.body);
    expect((await cameras(admin, '&q=T-REG-1')).length).toBe(0);
    expect((await admin.request('DELETE', '/api/cameras/T-REG-1?expectedVersion=3')).status).toBe(404);
  });

  it('refuses a duplicate id (409), an unknown grid and bad fields (400 with reasons) and changes nothing', async () => {
    expect((await admin.request('POST', '/api/cameras', input('T-REG-2'))).status).toBe(201);
    const dup = await admin.request('POST', '/api/cameras', input('T-REG-2', { name: '另一个' }));
    expect(dup).toMatchObject({ status: 409, body: { error: { code: 'camera_exists' } } });

    const before = await seq();
    const count = (await cameras(admin)).length;
    const noGrid = await admin.request('POST', '/api/cameras', input('T-REG-3', { gridId: 'NO-SUCH' }));
    expect(noGrid).toMatchObject({
      status: 400,
      body: { error: { code: 'validation_failed', fields: { gridId: 'no grid NO-SUCH' } } },
    });
    const noUrl = await admin.request('POST', '/api/cameras', {
      ...input('T-REG-3'),
      streams: { sub: { codec: 'h264', width: 640, height: 360 } },
    });
    expect(noUrl.status).toBe(400);
    expect(Object.keys((noUrl.body as { error: { fields: object } }).error.fields)).toEqual(['streams.sub']);
    const badCodec = await admin.request('POST', '/api/cameras', {
      ...input('T-REG-3'),
      streams: { sub: { hls: '/x.m3u8', codec: 'vp9', width: 8, height: 360 } },
    });
    expect(Object.keys((badCodec.body as { error: { fields: object } }).error.fields).sort()).toEqual([
      'streams.sub.codec',
      'streams.sub.width',
    ]);
    const { id: _id, ...fields } = input('T-REG-2');
    const badEdit = await admin.request('PUT', '/api/cameras/T-REG-2', {
      ...fields,
      gridId: 'NO-SUCH',
      expectedVersion: 1,
    });
    expect(badEdit.status).toBe(400);
    expect((await admin.request('PUT', '/api/cameras/NOPE', { ...fields, expectedVersion: 1 })).status).toBe(
      404,
    );
    expect((await admin.request('DELETE', '/api/cameras/T-REG-2')).status).toBe(400);
    expect(await seq()).toBe(before);
    expect((await cameras(admin)).length).toBe(count);
  });

  it('is for the administrator alone: 403 for the operator and the grid worker, 401 without a session', async () => {
    const body = input('T-REG-4');
    expect((await operator.request('POST', '/api/cameras', body)).status).toBe(403);
    expect((await worker.request('POST', '/api/cameras', body)).status).toBe(403);
    expect((await api(t.baseUrl, 'POST', '/api/cameras', body)).status).toBe(401);
    expect((await operator.request('POST', '/api/cameras/import', [body])).status).toBe(403);
    const { id: _id, ...fields } = body;
    expect(
      (await operator.request('PUT', '/api/cameras/CAM-0001', { ...fields, expectedVersion: 1 })).status,
    ).toBe(403);
    expect((await operator.request('DELETE', '/api/cameras/CAM-0001?expectedVersion=1')).status).toBe(403);
    expect((await cameras(admin, '&q=T-REG-4')).length).toBe(0);
  });

  it("keeps a police camera from a grid worker over REST and the socket, in the worker's own grid", async () => {
    const workerSocket = await openSocket(worker);
    const seen: string[] = [];
    workerSocket.onAny((event: string, payload: Pushed) => {
      if (event.startsWith('camera:')) seen.push(`${event} ${payload.entity.id}`);
    });
    const operatorSocket = await openSocket(operator);
    const police = once<Pushed>(operatorSocket, 'camera:created');
    expect((await admin.request('POST', '/api/cameras', input('T-POL-1', { source: 'police' }))).status).toBe(
      201,
    );
    await police;
    // A community camera created after it reaches the worker: the police one, before it, never did.
    const community = once<Pushed>(workerSocket, 'camera:created');
    expect((await admin.request('POST', '/api/cameras', input('T-COM-1'))).status).toBe(201);
    expect((await community).entity.id).toBe('T-COM-1');
    expect(seen).toEqual(['camera:created T-COM-1']);

    const ids = (await cameras(worker)).map((c) => c.id);
    expect(ids).toContain('T-COM-1');
    expect(ids).not.toContain('T-POL-1');
    const exported = (await worker.request('GET', '/api/cameras/export?format=json')).body as CameraInput[];
    expect(exported.map((c) => c.id)).toContain('T-COM-1');
    expect(exported.map((c) => c.id)).not.toContain('T-POL-1');
    expect((await cameras(operator)).map((c) => c.id)).toContain('T-POL-1');
  });

  it('finds cameras by village: those in the grids of that village', async () => {
    const grids = ((await admin.request('GET', '/api/grids?limit=1000')).body as { items: Grid[] }).items;
    const village = grids.find((g) => g.grid_id === 'YT-JC-01')!.village_id!;
    const inVillage = new Set(grids.filter((g) => g.village_id === village).map((g) => g.grid_id));
    const found = await cameras(admin, `&village=${encodeURIComponent(village)}`);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => inVillage.has(c.gridId))).toBe(true);
    expect(found.length).toBe((await cameras(admin)).filter((c) => inVillage.has(c.gridId)).length);
  });
});

describe('camera registry: import and export', () => {
  for (const format of ['json', 'csv'] as const) {
    it(`[${format}] export → import → identical: nothing created, changed or published; export again byte-equal`, async () => {
      const first = await fetch(`${t.baseUrl}/api/cameras/export?format=${format}`, {
        headers: { cookie: admin.cookie },
      });
      expect(first.status).toBe(200);
      if (format === 'csv') expect(first.headers.get('content-type')).toMatch(/^text\/csv/);
      const bytes = new Uint8Array(await first.arrayBuffer());
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      if (format === 'csv') expect(text.startsWith('\uFEFFid,name,source,gridId,lat,lng,ptz,')).toBe(true);

      const before = await seq();
      const res = await fetch(`${t.baseUrl}/api/cameras/import?format=${format}`, {
        method: 'POST',
        headers: {
          cookie: admin.cookie,
          'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
        },
        body: bytes,
      });
      const total = (await cameras(admin)).length;
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ created: 0, updated: 0, unchanged: total });
      expect(await seq()).toBe(before);

      const again = await fetch(`${t.baseUrl}/api/cameras/export?format=${format}`, {
        headers: { cookie: admin.cookie },
      });
      expect(Buffer.from(await again.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    });
  }

  it('imports new and changed rows with one event each and leaves equal rows untouched', async () => {
    const exported = (await admin.request('GET', '/api/cameras/export?format=json')).body as CameraInput[];
    const socket = await openSocket(operator);
    const events: string[] = [];
    socket.onAny((event: string, payload: Pushed) => {
      if (event.startsWith('camera:')) events.push(`${event} ${payload.entity.id}`);
    });
    const changed = exported.map((c) => (c.id === 'CAM-0002' ? { ...c, name: '改名-0002' } : c));
    const before = await seq();
    const res = await admin.request('POST', '/api/cameras/import?format=json', [
      ...changed,
      input('T-IMP-1'),
    ]);
    expect(res).toMatchObject({
      status: 200,
      body: { created: 1, updated: 1, unchanged: exported.length - 1 },
    });
    expect(await seq()).toBe(before + 2);
    await new Promise<void>((resolve) => {
      const check = (): void => {
        if (events.length < 2) return;
        socket.offAny(check);
        resolve();
      };
      socket.onAny(check);
      check();
    });
    expect(events.sort()).toEqual(['camera:created T-IMP-1', 'camera:updated CAM-0002']);
    const cam2 = (await cameras(admin, '&q=CAM-0002')).find((c) => c.id === 'CAM-0002')!;
    expect(cam2).toMatchObject({ name: '改名-0002', version: 2 });
  });

  it('refuses a file with any bad row (400 listing rows and reasons) and changes nothing', async () => {
    const exported = (await admin.request('GET', '/api/cameras/export?format=json')).body as CameraInput[];
    const rows: unknown[] = [
      input('T-BAD-OK'),
      { ...input('T-BAD-1'), gridId: 'NO-SUCH' },
      { ...input('T-BAD-2'), streams: { sub: { codec: 'h265', width: 640, height: 360 } } },
      { ...exported[0], name: 'changed but refused' },
      input('T-BAD-OK'),
    ];
    const before = await seq();
    const res = await admin.request('POST', '/api/cameras/import?format=json', rows);
    expect(res.status).toBe(400);
    const fields = (res.body as { error: { fields: Record<string, string> } }).error.fields;
    expect(Object.keys(fields).sort()).toEqual(['rows.2', 'rows.3', 'rows.5']);
    expect(fields['rows.2']).toContain('gridId');
    expect(fields['rows.3']).toContain('streams.sub');
    expect(fields['rows.5']).toContain('repeats row 1');
    expect(await seq()).toBe(before);
    expect((await cameras(admin, '&q=T-BAD')).length).toBe(0);
    expect((await cameras(admin, `&q=${exported[0]!.id}`))[0]!.name).toBe(exported[0]!.name);

    const csv =
      'id,name,source,gridId,lat,lng,sub_codec,sub_hls,sub_width,sub_height\r\nT-CSV-1,甲,community,YT-JC-01,abc,116.8,h264,/a.m3u8,640,360\r\n';
    const badCsv = await admin.request('POST', '/api/cameras/import?format=csv', csv, {
      'content-type': 'text/csv',
    });
    expect(badCsv.status).toBe(400);
    expect(Object.keys((badCsv.body as { error: { fields: object } }).error.fields)).toEqual(['rows.1']);
    const noHeader = await admin.request('POST', '/api/cameras/import?format=csv', 'a,b\r\n1,2\r\n', {
      'content-type': 'text/csv',
    });
    expect(noHeader.status).toBe(400);
    expect((noHeader.body as { error: { message: string } }).error.message).toMatch(/missing columns/);
    expect(await seq()).toBe(before);
  });

  it('answers 413 for an import body over 5 MiB', async () => {
    const res = await admin.request(
      'POST',
      '/api/cameras/import?format=csv',
      'x'.repeat(5 * 1024 * 1024 + 10),
      {
        'content-type': 'text/csv',
      },
    );
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'payload_too_large' } });
  });
});
