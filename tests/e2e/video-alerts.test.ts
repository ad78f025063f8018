import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/server/http/hmac';
import type { CameraAlert } from '../../src/shared/schemas/video';
import type { WorkOrder } from '../../src/shared/schemas/work-order';
import { launchChromium } from '../helpers/browser';
import { api, login, startTestServer, type Session, type TestServer } from '../helpers/test-server';
import { camerasAs, openVideoPage, playable, sessionCookie, type CameraRow } from './video-support';

/** Issue 5 point 5: alert → pop-up within 2 s, feed to the front, patrol paused → 生成工单 → on /console. */
const SECRET = 'video-alert-e2e-secret';
let t: TestServer;
let browser: Browser;
let operatorCookie: { name: string; value: string };
let operator: Session;
let cameras: CameraRow[];

beforeAll(async () => {
  t = await startTestServer({ CAMERA_ALERT_SECRET: SECRET }, { serveClient: true });
  browser = await launchChromium();
  operatorCookie = await sessionCookie(t.baseUrl, 'operator');
  operator = await login(t.baseUrl, 'operator');
  cameras = (await camerasAs(t.baseUrl, 'operator')).filter(playable);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

async function sendAlert(cameraId: string, at: string): Promise<{ status: number; body: CameraAlert }> {
  const snap = await fetch(`${t.baseUrl}/sim/snapshot/${cameraId}.jpg`);
  expect(snap.status).toBe(200);
  const raw = JSON.stringify({
    cameraId,
    type: 'fire_smoke',
    at,
    snapshot: Buffer.from(await snap.arrayBuffer()).toString('base64'),
  });
  const res = await api(t.baseUrl, 'POST', '/api/integrations/camera-alerts', raw, {
    'x-signature': signBody(SECRET, raw),
  });
  return { status: res.status, body: res.body as CameraAlert };
}

describe('a camera alert on the live wall', () => {
  it('pops up within 2 s with the feed in front, folds a repeat, and becomes a work order seen on /console', async () => {
    const group = cameras.slice(0, 8).map((c) => c.id);
    const target = cameras[20]!;
    const { page, context, errors } = await openVideoPage(
      browser,
      t.baseUrl,
      operatorCookie,
      '/console/video?patrol=group:alerts&layout=4&interval=60',
      [{ name: 'alerts', cameraIds: group }],
    );
    try {
      const patrol = page.locator('[data-testid="video-patrol"]');
      await expect.poll(() => patrol.getAttribute('data-paused'), { timeout: 20_000 }).toBe('false');
      await expect
        .poll(() => page.locator('[data-testid="video-tile"]').count(), { timeout: 20_000 })
        .toBe(4);

      const now = new Date();
      const sent = await sendAlert(target.id, now.toISOString());
      const t0 = performance.now();
      expect(sent.status).toBe(201);
      const popup = page.locator('[data-testid="alert-popup"]');
      await popup.waitFor({ timeout: 2000 });
      const popupMs = performance.now() - t0;
      expect(popupMs).toBeLessThanOrEqual(2000);
      expect(await popup.getAttribute('data-camera-id')).toBe(target.id);
      // The alerting camera's feed is the first tile, ringed; never more players than tiles.
      const first = page.locator('[data-testid="video-tile"]').first();
      await expect.poll(() => first.getAttribute('data-camera-id')).toBe(target.id);
      expect(await first.getAttribute('data-alert')).toBe('true');
      expect(await page.locator('video').count()).toBeLessThanOrEqual(4);
      expect(await patrol.getAttribute('data-paused')).toBe('true');
      await expect
        .poll(() => popup.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth), {
          timeout: 5000,
        })
        .toBe(640);

      // A repeat from the same camera within 5 minutes folds into the same pop-up.
      const again = await sendAlert(target.id, new Date(now.getTime() + 60_000).toISOString());
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(sent.body.id);
      await expect.poll(() => popup.textContent(), { timeout: 3000 }).toContain('5 分钟内 2 次');
      expect(await page.locator('[data-testid="alert-popup"]').count()).toBe(1);

      await popup.locator('[data-testid="alert-confirm"]').click();
      await popup.waitFor({ state: 'detached', timeout: 5000 });
      await expect.poll(() => patrol.getAttribute('data-paused'), { timeout: 5000 }).toBe('false');

      const all = (await operator.request('GET', '/api/camera-alerts?limit=50')).body as {
        items: CameraAlert[];
      };
      const done = all.items.find((a) => a.id === sent.body.id)!;
      expect(done).toMatchObject({ state: 'confirmed', count: 2 });
      const order = (await operator.request('GET', `/api/work-orders/${done.workOrderId}`))
        .body as WorkOrder & {
        timeline: { data?: { photos?: string[] } | null }[];
      };
      expect(order).toMatchObject({ source: 'video', gridId: target.gridId });
      expect(order.timeline[0]?.data?.photos).toEqual([`/api/photos/${done.snapshotPhotoId}`]);

      await page.goto(`${t.baseUrl}/console`);
      await page.getByText(order.number).first().waitFor({ timeout: 15_000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
