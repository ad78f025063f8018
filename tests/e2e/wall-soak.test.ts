import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  heapFloor,
  openWall,
  probeReset,
  probeWindow,
  wallSession,
} from '../../bench/lib/wall/browser-pages';
import {
  awaitSteadyBacklog,
  OPEN_ORDERS_PATH,
  STEADY_BACKLOG,
  WARM_TOWN_SPEED,
} from '../../bench/lib/wall/backlog';
import { WALL_CHROMIUM_ARGS, WALL_PATH } from '../../bench/lib/wall/wall-contract';
import { launchChromium } from '../helpers/browser';
import { DEMO_PASSWORD, login, startTestServer, type TestServer } from '../helpers/test-server';

/**
 * The short version of the bench's wall soak (`npm run bench -- --only soak`): the default wall
 * open for 2 minutes while the simulator runs at SIM_SPEED=20; the post-GC heap after a 60 s
 * warm-up and at the end (each the floor of three readings 5 s apart, see heapFloor) may differ
 * by at most 10 %. The town runs to its steady backlog first
 * (bench/lib/wall/backlog.ts), else the heap follows the open orders as they rise. The
 * warm-up is 60 s because V8 keeps compiling the hot paths' optimised code for about that long
 * (heap snapshots on 2026-11-28: +0.7 MB of code in 30–60 s, +0.2 MB in 60–90 s, +0.1 MB in 90–120 s).
 */
const WARMUP_S = 60;
const SOAK_S = 120;
const GROWTH_LIMIT_PERCENT = 10;
const OUT = join(import.meta.dirname, '..', '..', 'test-results');

let t: TestServer;
let browser: Browser;

let warmTown: { open: number; seconds: number };

beforeAll(async () => {
  const warm = await startTestServer({ SIMULATOR: 'on', SIM_SPEED: String(WARM_TOWN_SPEED) });
  const operator = await login(warm.baseUrl, 'operator');
  warmTown = await awaitSteadyBacklog(
    async () => ((await operator.request('GET', OPEN_ORDERS_PATH)).body as { total: number }).total,
  );
  await warm.server.stop();
  t = await startTestServer(
    { SIMULATOR: 'on', SIM_SPEED: '20' },
    { serveClient: true, dataDir: warm.dataDir },
  );
  browser = await launchChromium(WALL_CHROMIUM_ARGS);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** The soak's schedule is the measurement itself: there is no event to wait for, only the clock. */
const atSecond = (t0: number, s: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, t0 + s * 1000 - performance.now())));

async function openOnServer(): Promise<number> {
  const operator = await login(t.baseUrl, 'operator');
  return ((await operator.request('GET', OPEN_ORDERS_PATH)).body as { total: number }).total;
}

async function ordersOnServer(): Promise<number> {
  const operator = await login(t.baseUrl, 'operator');
  return ((await operator.request('GET', '/api/work-orders?limit=1')).body as { total: number }).total;
}

describe('the wall over a 2-minute soak', () => {
  it(
    `keeps the post-GC heap within ${GROWTH_LIMIT_PERCENT} % from the end of the warm-up to the end`,
    async () => {
      const ordersBefore = await ordersOnServer();
      const context = await wallSession(browser, t.baseUrl, DEMO_PASSWORD);
      const page = await openWall(context, `${t.baseUrl}${WALL_PATH}`, 'count');
      let reloads = 0;
      page.on('load', () => reloads++);
      const t0 = performance.now();

      await atSecond(t0, WARMUP_S);
      const warm = await heapFloor(page, t0);
      await probeReset(page);
      await atSecond(t0, SOAK_S);
      const live = await probeWindow(page);
      const end = await heapFloor(page, t0);
      const openAtEnd = await openOnServer();
      const ordersAfter = await ordersOnServer();
      // Kept beside the other e2e artefacts, so a failure (or a trend) can be read after the run.
      mkdirSync(OUT, { recursive: true });
      writeFileSync(
        join(OUT, 'wall-soak.json'),
        JSON.stringify(
          { warm, end, warmTown, openAtEnd, ordersBefore, ordersAfter, reloads, page: live },
          null,
          2,
        ),
      );

      // The soak means something only if the wall kept working on new orders the whole time.
      expect(ordersAfter).toBeGreaterThan(ordersBefore);
      // …and the town stayed at its steady backlog (a falling or rising backlog voids the comparison).
      expect(openAtEnd).toBeGreaterThanOrEqual(STEADY_BACKLOG - 30);
      expect(live.rows, 'new ticker rows after the warm-up').toBeGreaterThan(0);
      // A reload (the heap watchdog) would reset the heap and hide any growth.
      expect(reloads).toBe(0);
      const growth = (100 * (end.usedMiB - warm.usedMiB)) / warm.usedMiB;
      expect(
        growth,
        `post-GC heap ${warm.usedMiB.toFixed(2)} MiB at ${warm.atS.toFixed(0)} s → ${end.usedMiB.toFixed(2)} MiB ` +
          `at ${end.atS.toFixed(0)} s; DOM nodes ${warm.nodes} → ${end.nodes}`,
      ).toBeLessThanOrEqual(GROWTH_LIMIT_PERCENT);
      await context.close();
    },
    (SOAK_S + 90) * 1000,
  );
});
