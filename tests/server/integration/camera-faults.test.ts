import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cameraFaultEntry, cameraHealthReport, mediaPathList } from '../../../src/shared/schemas/video';
import { api, login, startTestServer, type Session, type TestServer } from '../../helpers/test-server';

const ENV = { CAMERA_HEALTH_POLL_MS: '200' };
let ts: TestServer;
let operator: Session;

beforeAll(async () => {
  ts = await startTestServer(ENV);
  operator = await login(ts.baseUrl, 'operator');
});
afterAll(async () => {
  await ts.stop();
});

const faults = async (s: Session = operator) =>
  cameraFaultEntry
    .array()
    .parse(((await s.request('GET', '/api/cameras/faults')).body as { items: unknown }).items);
const statusOf = async (id: string): Promise<string> => {
  const body = (await operator.request('GET', `/api/cameras?q=${id}`)).body as {
    items: { id: string; status: string }[];
  };
  return body.items.find((c) => c.id === id)!.status;
};
const path = async (id: string) =>
  mediaPathList
    .parse((await api(ts.baseUrl, 'GET', '/sim/v3/paths/list')).body)
    .items.find((p) => p.name === id)!;
const setFault = (id: string, fault: string | null, s: Session = operator, key?: string) =>
  s.request('POST', `/api/cameras/${id}/faults`, { fault }, key ? { 'idempotency-key': key } : {});
/** Health is polled every 200 ms here; the issue asks for a change to show within 5 s. */
const within5s = { timeout: 5000, interval: 100 };

describe('camera faults and health', () => {
  it('keeps the seed’s offline cameras down as offline faults set by the system', async () => {
    const seededOffline = (
      (await operator.request('GET', '/api/cameras?limit=1000')).body as {
        items: { id: string; status: string }[];
      }
    ).items.filter((c) => c.status === 'offline');
    const list = await faults();
    expect(seededOffline.length).toBeGreaterThan(0);
    for (const c of seededOffline) {
      expect(list).toContainEqual(
        expect.objectContaining({ cameraId: c.id, fault: 'offline', setBy: 'system' }),
      );
    }
  });

  it('refuses bad input with a 4xx and a reason, changing nothing', async () => {
    const before = await faults();
    const bad = await setFault('CAM-0010', 'exploded');
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { message: string } }).error.message).toMatch(/fault/);
    const unknown = await setFault('NO-SUCH-CAM', 'offline');
    expect(unknown.status).toBe(404);
    expect((await api(ts.baseUrl, 'POST', '/api/cameras/CAM-0010/faults', { fault: 'offline' })).status).toBe(
      401,
    );
    const leader = await login(ts.baseUrl, 'leader');
    expect((await setFault('CAM-0010', 'offline', leader)).status).toBe(403);
    expect(await faults()).toEqual(before);
  });

  it('replays an Idempotency-Key and refuses it for another body', async () => {
    const first = await setFault('CAM-0011', 'slow', operator, 'fault-key-1');
    expect(first).toMatchObject({ status: 200, body: { cameraId: 'CAM-0011', fault: 'slow' } });
    expect(await setFault('CAM-0011', 'slow', operator, 'fault-key-1')).toEqual(first);
    expect((await setFault('CAM-0011', 'offline', operator, 'fault-key-1')).status).toBe(422);
    expect((await faults()).find((f) => f.cameraId === 'CAM-0011')?.fault).toBe('slow');
  });

  it('slow: the playlist answers late (1.5–3 s)', async () => {
    const started = performance.now();
    const res = await fetch(`${ts.baseUrl}/sim/hls/CAM-0011/index.m3u8`);
    const took = performance.now() - started;
    expect(res.status).toBe(200);
    expect(took).toBeGreaterThanOrEqual(1500);
    expect(took).toBeLessThan(3500);
    expect((await setFault('CAM-0011', null)).status).toBe(200);
  });

  it('offline: media answers 503, health turns the camera offline within 5 s, and back online when cleared', async () => {
    const id = 'CAM-0020';
    await vi.waitFor(async () => expect(await statusOf(id)).toBe('online'), within5s);
    expect((await setFault(id, 'offline')).status).toBe(200);
    for (const p of [`/sim/hls/${id}/index.m3u8`, `/sim/snapshot/${id}.jpg`]) {
      expect((await api(ts.baseUrl, 'GET', p)).status, p).toBe(503);
    }
    expect((await path(id)).ready).toBe(false);
    await vi.waitFor(async () => expect(await statusOf(id)).toBe('offline'), within5s);
    expect((await setFault(id, null)).status).toBe(200);
    await vi.waitFor(async () => expect(await statusOf(id)).toBe('online'), within5s);
    const health = cameraHealthReport.parse((await operator.request('GET', '/api/cameras/health')).body);
    const item = health.items.find((i) => i.cameraId === id)!;
    expect(item.status).toBe('online');
    expect(item.uptimePercent24h).toBeLessThan(100);
    expect(item.lastChangeAt).not.toBeNull();
  });

  it('frozen: the playlist, snapshot and byte count stop; health says frozen within 5 s', async () => {
    const id = 'CAM-0030';
    expect((await setFault(id, 'frozen')).status).toBe(200);
    const playlist = await (await fetch(`${ts.baseUrl}/sim/hls/${id}/index.m3u8`)).text();
    const snapshot = Buffer.from(await (await fetch(`${ts.baseUrl}/sim/snapshot/${id}.jpg`)).arrayBuffer());
    const bytes = (await path(id)).bytesReceived;
    await vi.waitFor(async () => expect(await statusOf(id)).toBe('frozen'), within5s);
    // Seconds have passed by now: a live camera would have moved on.
    expect(await (await fetch(`${ts.baseUrl}/sim/hls/${id}/index.m3u8`)).text()).toBe(playlist);
    expect(
      Buffer.from(await (await fetch(`${ts.baseUrl}/sim/snapshot/${id}.jpg`)).arrayBuffer()).equals(snapshot),
    ).toBe(true);
    expect(await path(id)).toMatchObject({ ready: true, bytesReceived: bytes });
    const health = cameraHealthReport.parse((await operator.request('GET', '/api/cameras/health')).body);
    expect(health.offline.map((i) => i.cameraId)).toContain(id);
    expect((await setFault(id, null)).status).toBe(200);
    await vi.waitFor(async () => expect(await statusOf(id)).toBe('online'), within5s);
  });

  it('keeps faults across a restart on the same data directory', async () => {
    const first = await startTestServer(ENV);
    const admin = await login(first.baseUrl, 'admin');
    expect((await admin.request('POST', '/api/cameras/CAM-0040/faults', { fault: 'offline' })).status).toBe(
      200,
    );
    await first.server.stop();
    const second = await startTestServer(ENV, { dataDir: first.dataDir });
    try {
      const again = await login(second.baseUrl, 'admin');
      const list = ((await again.request('GET', '/api/cameras/faults')).body as { items: unknown[] }).items;
      expect(list).toContainEqual(expect.objectContaining({ cameraId: 'CAM-0040', fault: 'offline' }));
      expect((await api(second.baseUrl, 'GET', '/sim/hls/CAM-0040/index.m3u8')).status).toBe(503);
    } finally {
      await second.stop();
    }
  });
});
