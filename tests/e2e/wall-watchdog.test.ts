import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RELOAD_COUNTER_KEY,
  WALL_CHROMIUM_ARGS,
  WALL_READY,
  WALL_USER,
  watchdogPath,
} from '../../bench/lib/wall/wall-contract';
import { launchChromium } from '../helpers/browser';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/test-server';

/**
 * The wall's heap watchdog: past `?heapLimitMb` (checked every `?heapCheckMs`) it counts the reload
 * in sessionStorage and loads the very same URL again, so scene and parameters survive.
 */
let t: TestServer;
let browser: Browser;

beforeAll(async () => {
  t = await startTestServer({}, { serveClient: true });
  // Exact performance.memory: what the watchdog reads.
  browser = await launchChromium(WALL_CHROMIUM_ARGS);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** A logged-in wall page that records the URL of every document its main frame requests. */
async function wallPage(): Promise<{ page: Page; documents: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
  const res = await context.request.post(`${t.baseUrl}/api/auth/login`, {
    data: { username: WALL_USER, password: DEMO_PASSWORD },
  });
  expect(res.status()).toBe(200);
  const page = await context.newPage();
  const documents: string[] = [];
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) documents.push(r.url());
  });
  return { page, documents };
}

const reloadCount = (page: Page): Promise<string | null> =>
  page.evaluate((key) => sessionStorage.getItem(key), RELOAD_COUNTER_KEY);

describe('the wall heap watchdog', () => {
  it('reloads to the same URL (path and query) once the heap passes ?heapLimitMb', async () => {
    const { page, documents } = await wallPage();
    const url = `${t.baseUrl}${watchdogPath(1, 500)}`;
    await page.goto(url);
    // Any wall uses more than 1 MB of heap, so the first check after mounting must reload.
    await page.waitForFunction((key) => Number(sessionStorage.getItem(key) ?? '0') >= 1, RELOAD_COUNTER_KEY, {
      timeout: 20_000,
      polling: 100,
    });
    await expect.poll(() => documents.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    expect(new Set(documents)).toEqual(new Set([url]));
    expect(page.url()).toBe(url);
    await page.context().close();
  });

  it('does not reload while the heap stays under the limit', async () => {
    const { page, documents } = await wallPage();
    const url = `${t.baseUrl}${watchdogPath(16_384, 500)}`;
    await page.goto(url);
    await page.locator(WALL_READY).first().waitFor({ timeout: 30_000 });
    // Absence cannot be awaited: give the watchdog six checks' time to (wrongly) fire.
    await page.waitForTimeout(3000);
    expect(documents).toEqual([url]);
    expect(await reloadCount(page)).toBeNull();
    await page.context().close();
  });
});
