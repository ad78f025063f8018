import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';
import {
  camerasAs,
  gridsAs,
  openVideoPage,
  playable,
  removedWithSource,
  samplePatrol,
  sessionCookie,
  type CameraRow,
} from './video-support';

/**
 * Issue 5, patrol (轮巡): 2-s rounds over 40 cameras at 9 tiles never hold more than 9 players, warm
 * the next page without players and destroy the past pages' players; by grid and by village too.
 */
let t: TestServer;
let browser: Browser;
let operator: { name: string; value: string };
let cameras: CameraRow[];
let grids: { grid_id: string; village_id: string | null }[];

beforeAll(async () => {
  t = await startTestServer({}, { serveClient: true });
  browser = await launchChromium();
  operator = await sessionCookie(t.baseUrl, 'operator');
  cameras = await camerasAs(t.baseUrl, 'operator');
  grids = await gridsAs(t.baseUrl, 'operator');
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('patrol', () => {
  it('40 cameras, 9 tiles, 2 s: pages change, ≤ 9 <video>, next page warmed, past players destroyed', async () => {
    const ids = cameras
      .filter(playable)
      .slice(0, 40)
      .map((c) => c.id);
    const { page, context, errors } = await openVideoPage(
      browser,
      t.baseUrl,
      operator,
      '/console/video?patrol=group:e2e-40&layout=9&intervalMs=2000',
      [{ name: 'e2e-40', cameraIds: ids }],
    );
    try {
      await page.locator('[data-testid="video-tile"]').nth(8).waitFor({ timeout: 20_000 });
      // While page 1 shows, page 2's playlists are fetched (fetch, not a player's XHR) and its stills loaded.
      await page.waitForFunction(
        (next) => {
          const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          return next.every(
            (id) =>
              entries.some((e) => e.initiatorType === 'fetch' && e.name.includes(`/sim/hls/${id}/`)) &&
              entries.some((e) => e.name.includes(`/sim/snapshot/${id}.jpg`)),
          );
        },
        ids.slice(9, 18),
        { timeout: 10_000 },
      );
      const samples = await samplePatrol(page, 12_000);
      const pages = new Set(samples.map((s) => s.page));
      const seen = new Set(samples.flatMap((s) => s.ids));
      console.log(
        `[video-patrol] ${samples.length} samples, pages seen ${[...pages].join(',')}, max videos ${Math.max(...samples.map((s) => s.videos))}, max live ${Math.max(...samples.map((s) => s.live))}`,
      );
      expect(pages.size).toBeGreaterThanOrEqual(4);
      expect(seen.size).toBeGreaterThanOrEqual(36);
      for (const s of samples) {
        expect(s.videos).toBeLessThanOrEqual(9);
        expect(s.live).toBeLessThanOrEqual(9);
        expect(s.ids.every((id) => ids.includes(id))).toBe(true);
      }
      await page.waitForTimeout(500);
      const removed = await removedWithSource(page);
      console.log(
        `[video-patrol] removed videos ${removed.removed}, still with a source ${removed.withSource}`,
      );
      expect(removed.removed).toBeGreaterThanOrEqual(27);
      expect(removed.withSource).toBe(0);
      const counts = await page.evaluate(() => window.__gridcommandVideo);
      expect(counts!.live).toBeLessThanOrEqual(9);
      expect(counts!.destroyed).toBeGreaterThanOrEqual(27);

      await page.getByTestId('patrol-pause').click();
      const held = await samplePatrol(page, 3000, 500);
      expect(new Set(held.map((s) => s.page)).size).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('by grid on the wall scene: only that grid’s cameras, page by page', async () => {
    const perGrid = new Map<string, CameraRow[]>();
    for (const c of cameras) perGrid.set(c.gridId, [...(perGrid.get(c.gridId) ?? []), c]);
    // A basic grid of a few cameras: two or three pages of 4 make a short round.
    const [gridId, inGrid] = [...perGrid.entries()]
      .filter(([, list]) => list.length > 4)
      .sort((a, b) => a[1].length - b[1].length)[0]!;
    expect(inGrid.length).toBeGreaterThan(4);
    const wall = await sessionCookie(t.baseUrl, 'wall');
    const wallCameras = new Set(
      (await camerasAs(t.baseUrl, 'wall')).filter((c) => c.gridId === gridId).map((c) => c.id),
    );
    const { page, context, errors } = await openVideoPage(
      browser,
      t.baseUrl,
      wall,
      `/wall?scene=video&patrol=grid:${encodeURIComponent(gridId)}&layout=4&intervalMs=2000`,
    );
    try {
      await page.locator('[data-testid="video-tile"]').first().waitFor({ timeout: 20_000 });
      const samples = await samplePatrol(page, Math.ceil(wallCameras.size / 4) * 2000 + 2500, 250);
      expect(new Set(samples.map((s) => s.page)).size).toBeGreaterThanOrEqual(2);
      const seen = new Set(samples.flatMap((s) => s.ids));
      expect([...seen].every((id) => wallCameras.has(id))).toBe(true);
      expect(seen.size).toBe(wallCameras.size);
      for (const s of samples) expect(s.videos).toBeLessThanOrEqual(4);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('by village from the console: only that village’s cameras', async () => {
    const villageOf = new Map(grids.map((g) => [g.grid_id, g.village_id]));
    const perVillage = new Map<string, string[]>();
    for (const c of cameras) {
      const v = villageOf.get(c.gridId);
      if (v) perVillage.set(v, [...(perVillage.get(v) ?? []), c.id]);
    }
    const [villageId, inVillage] = [...perVillage.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(inVillage.length).toBeGreaterThan(9);
    const { page, context, errors } = await openVideoPage(
      browser,
      t.baseUrl,
      operator,
      `/console/video?patrol=village:${encodeURIComponent(villageId)}&layout=9&intervalMs=2000`,
    );
    try {
      await page.locator('[data-testid="video-tile"]').first().waitFor({ timeout: 20_000 });
      const samples = await samplePatrol(page, 5000, 250);
      expect(new Set(samples.map((s) => s.page)).size).toBeGreaterThanOrEqual(2);
      const allowed = new Set(inVillage);
      for (const s of samples) {
        expect(s.videos).toBeLessThanOrEqual(9);
        expect(s.ids.every((id) => allowed.has(id))).toBe(true);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
