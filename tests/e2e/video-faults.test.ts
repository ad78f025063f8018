import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { login, startTestServer, type Session, type TestServer } from '../helpers/test-server';
import { camerasAs, openVideoPage, playable, sessionCookie, type CameraRow } from './video-support';

/** Issue 5, faults as a tile sees them: frozen → the tile reconnects; offline → still and badge; cleared → plays. */
let t: TestServer;
let browser: Browser;
let operator: { name: string; value: string };
let api: Session;
let cameras: CameraRow[];

beforeAll(async () => {
  t = await startTestServer({}, { serveClient: true });
  browser = await launchChromium();
  operator = await sessionCookie(t.baseUrl, 'operator');
  api = await login(t.baseUrl, 'operator');
  cameras = (await camerasAs(t.baseUrl, 'operator')).filter(playable);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

async function fault(id: string, value: string | null): Promise<void> {
  const res = await api.request(
    'POST',
    `/api/cameras/${id}/faults`,
    { fault: value },
    {
      'idempotency-key': `video-faults-${id}-${value}-${Date.now()}`,
    },
  );
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
}

describe('tile faults', () => {
  it('frozen → reconnects; offline → still without <video>; cleared → plays again', async () => {
    const ids = cameras.slice(0, 4).map((c) => c.id);
    const [frozen, offline] = ids as [string, string];
    const { page, context } = await openVideoPage(
      browser,
      t.baseUrl,
      operator,
      '/console/video?patrol=group:faults&layout=4&paused=1',
      [{ name: 'faults', cameraIds: ids }],
    );
    const tile = (id: string) => page.locator(`[data-testid="video-tile"][data-camera-id="${id}"]`);
    try {
      await expect
        .poll(() => page.locator('[data-testid="video-tile"][data-state="playing"]').count(), {
          timeout: 30_000,
        })
        .toBe(4);
      const createdBefore = await page.evaluate(() => window.__gridcommandVideo?.created ?? 0);

      await fault(frozen, 'frozen');
      // The frozen picture stops; within ~6 s of that the watchdog destroys the player and reconnects.
      await expect
        .poll(() => page.evaluate(() => window.__gridcommandVideo?.created ?? 0), { timeout: 30_000 })
        .toBeGreaterThan(createdBefore);
      await fault(offline, 'offline');
      // The health poller marks the camera offline; the tile then shows its still and no player.
      await expect.poll(() => tile(offline).getAttribute('data-state'), { timeout: 15_000 }).toBe('offline');
      expect(await tile(offline).locator('video').count()).toBe(0);
      expect(await tile(offline).getByTestId('video-status').textContent()).toBe('离线');

      await fault(frozen, null);
      await fault(offline, null);
      await expect.poll(() => tile(frozen).getAttribute('data-state'), { timeout: 45_000 }).toBe('playing');
      await expect.poll(() => tile(offline).getAttribute('data-state'), { timeout: 30_000 }).toBe('playing');
      expect(await page.evaluate(() => window.__gridcommandVideo?.live)).toBe(4);
    } finally {
      await context.close();
    }
  });
});
