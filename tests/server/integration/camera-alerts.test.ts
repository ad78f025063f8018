import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../../src/server/http/hmac';
import type { Camera } from '../../../src/shared/schemas/town';
import type { CameraAlert } from '../../../src/shared/schemas/video';
import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import {
  api,
  login,
  once,
  socketFor,
  startTestServer,
  type Session,
  type TestServer,
} from '../../helpers/test-server';

const SECRET = 'camera-alert-test-secret';
/** The smallest thing the server accepts as a JPEG: the SOI marker and an APP0 start. */
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);

let t: TestServer;
let operator: Session;
let cameras: Camera[];
const sockets: Socket[] = [];

function post(body: unknown, opts: { secret?: string | null; raw?: string } = {}) {
  const raw = opts.raw ?? JSON.stringify(body);
  const secret = opts.secret === undefined ? SECRET : opts.secret;
  return api(t.baseUrl, 'POST', '/api/integrations/camera-alerts', raw, {
    ...(secret === null ? {} : { 'x-signature': signBody(secret, raw) }),
  });
}

const alertOf = (cameraId: string, at: string, extra: Record<string, unknown> = {}) => ({
  cameraId,
  type: 'fire_smoke',
  at,
  ...extra,
});

async function openAlerts(session: Session): Promise<CameraAlert[]> {
  return ((await session.request('GET', '/api/camera-alerts?state=open')).body as { items: CameraAlert[] })
    .items;
}

beforeAll(async () => {
  t = await startTestServer({ CAMERA_ALERT_SECRET: SECRET });
  operator = await login(t.baseUrl, 'operator');
  cameras = ((await operator.request('GET', '/api/cameras?limit=500')).body as { items: Camera[] }).items;
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t?.stop();
});

const pick = (source: Camera['source'], skip = 0): Camera =>
  cameras.filter((c) => c.source === source && c.status === 'online')[skip]!;

describe('the camera-alert webhook', () => {
  it('refuses a missing or wrong signature and a bad body, and stores nothing', async () => {
    const cam = pick('community', 5);
    const body = alertOf(cam.id, '2026-11-28T08:00:00+08:00');
    expect((await post(body, { secret: null })).status).toBe(401);
    expect((await post(body, { secret: 'not-the-secret' })).status).toBe(401);
    // Signed, but the bytes differ from what was signed.
    const raw = JSON.stringify(body);
    const forged = await api(
      t.baseUrl,
      'POST',
      '/api/integrations/camera-alerts',
      raw.replace('fire', 'fyre'),
      {
        'x-signature': signBody(SECRET, raw),
      },
    );
    expect(forged.status).toBe(401);
    expect((await post(alertOf('CAM-9999', '2026-11-28T08:00:00+08:00'))).status).toBe(404);
    const notJpeg = await post(
      alertOf(cam.id, '2026-11-28T08:00:00+08:00', { snapshot: Buffer.from('GIF89a').toString('base64') }),
    );
    expect(notJpeg.status).toBe(400);
    expect(JSON.stringify(notJpeg.body)).toContain('JPEG');
    expect((await post({ cameraId: cam.id, at: 'yesterday' })).status).toBe(400);
    expect((await openAlerts(operator)).filter((a) => a.cameraId === cam.id)).toEqual([]);
  });

  it('raises an alert with its snapshot, sets the camera alerting and pushes both to the console', async () => {
    const cam = pick('community', 0);
    const socket = socketFor(t.baseUrl, operator);
    sockets.push(socket);
    await once(socket, 'connect');
    const raised = once<{ entity: CameraAlert }>(socket, 'camera-alert:created');
    const status = once<{ entity: Camera }>(socket, 'camera:status-changed');
    const res = await post(
      alertOf(cam.id, '2026-11-28T08:00:00+08:00', { snapshot: JPEG.toString('base64') }),
    );
    expect(res.status).toBe(201);
    const alert = res.body as CameraAlert;
    expect(alert).toMatchObject({
      cameraId: cam.id,
      gridId: cam.gridId,
      state: 'open',
      count: 1,
      type: 'fire_smoke',
    });
    expect((await raised).entity.id).toBe(alert.id);
    expect((await status).entity).toMatchObject({ id: cam.id, status: 'alerting' });
    const photo = await fetch(`${t.baseUrl}/api/photos/${alert.snapshotPhotoId}`, {
      headers: { cookie: operator.cookie },
    });
    expect(photo.status).toBe(200);
    expect(Buffer.from(await photo.arrayBuffer())).toEqual(JPEG);
  });

  it('[AL1] folds a repeat from the same camera within 5 minutes into the open alert', async () => {
    const cam = pick('community', 1);
    const first = (await post(alertOf(cam.id, '2026-11-28T09:00:00+08:00'))).body as CameraAlert;
    const again = await post(alertOf(cam.id, '2026-11-28T09:04:00+08:00', { type: 'Fire-Smoke' }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      id: first.id,
      count: 2,
      lastAt: '2026-11-28T09:04:00.000+08:00',
      version: 2,
    });
    expect((await openAlerts(operator)).filter((a) => a.cameraId === cam.id)).toHaveLength(1);
    // [AL2] after the window it is a new alert.
    const later = await post(alertOf(cam.id, '2026-11-28T09:09:01+08:00'));
    expect(later.status).toBe(201);
    expect((later.body as CameraAlert).id).not.toBe(first.id);
  });

  it('confirms an alert into a video work order at the camera, with the snapshot, and the camera goes back online', async () => {
    const cam = pick('community', 2);
    const alert = (
      await post(alertOf(cam.id, '2026-11-28T10:00:00+08:00', { snapshot: JPEG.toString('base64') }))
    ).body as CameraAlert;
    const stale = await operator.request('POST', `/api/camera-alerts/${alert.id}/confirm`, {
      expectedVersion: 7,
    });
    expect(stale.status).toBe(409);
    const res = await operator.request('POST', `/api/camera-alerts/${alert.id}/confirm`, {
      expectedVersion: 1,
    });
    expect(res.status).toBe(200);
    const { alert: done, workOrder } = res.body as { alert: CameraAlert; workOrder: WorkOrder };
    expect(done).toMatchObject({ state: 'confirmed', workOrderId: workOrder.id, version: 2 });
    expect(workOrder).toMatchObject({
      source: 'video',
      location: cam.location,
      gridId: cam.gridId,
      category: 'safety',
      priority: 'P1',
    });
    expect(workOrder.title).toContain(cam.name);
    const detail = (await operator.request('GET', `/api/work-orders/${workOrder.id}`)).body as {
      timeline: { data?: { photos?: string[] } | null }[];
    };
    expect(detail.timeline[0]?.data?.photos).toEqual([`/api/photos/${alert.snapshotPhotoId}`]);
    const camNow = ((await operator.request('GET', `/api/cameras?q=${cam.id}`)).body as { items: Camera[] })
      .items[0];
    expect(camNow?.status).toBe('online');
    // Once handled it cannot be dismissed, and a repeat folds without reopening it.
    expect(
      (await operator.request('POST', `/api/camera-alerts/${alert.id}/dismiss`, { expectedVersion: 2 }))
        .status,
    ).toBe(409);
    const repeat = await post(alertOf(cam.id, '2026-11-28T10:01:00+08:00'));
    expect(repeat.body).toMatchObject({ id: alert.id, state: 'confirmed', count: 2 });
    expect((await openAlerts(operator)).some((a) => a.id === alert.id)).toBe(false);
  });

  it('dismisses an alert with its reason in the log; only centre roles may handle alerts', async () => {
    const cam = pick('community', 3);
    const alert = (await post(alertOf(cam.id, '2026-11-28T11:00:00+08:00'))).body as CameraAlert;
    const worker = await login(t.baseUrl, 'gridworker');
    expect(
      (await worker.request('POST', `/api/camera-alerts/${alert.id}/dismiss`, { expectedVersion: 1 })).status,
    ).toBe(403);
    const res = await operator.request('POST', `/api/camera-alerts/${alert.id}/dismiss`, {
      expectedVersion: 1,
      reason: '树叶晃动误报',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'dismissed', version: 2 });
    expect((await openAlerts(operator)).some((a) => a.id === alert.id)).toBe(false);
  });

  it("keeps a police camera's alerts from roles that may not see police cameras", async () => {
    const cam = pick('police', 0);
    const alert = (await post(alertOf(cam.id, '2026-11-28T12:00:00+08:00'))).body as CameraAlert;
    const dept = await login(t.baseUrl, 'handler');
    expect((await openAlerts(dept)).some((a) => a.id === alert.id)).toBe(false);
    expect((await openAlerts(operator)).some((a) => a.id === alert.id)).toBe(true);
  });
});
