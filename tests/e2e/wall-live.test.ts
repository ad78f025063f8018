import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { login, newOrderBody, startTestServer, type TestServer } from '../helpers/test-server';

const OUT = join(import.meta.dirname, '..', '..', 'test-results');
let t: TestServer;
let browser: Browser;

beforeAll(async () => {
  t = await startTestServer({}, { serveClient: true });
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('the wall, live', () => {
  it('logs in as wall through the login page and shows a new order without a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${t.baseUrl}/login?next=/wall`);
    await page.locator('input[name="username"]').fill('wall');
    await page.locator('input[name="password"]').fill('demo-pass-for-tests');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL('**/wall');
    await page
      .locator('[data-testid="connection-banner"][data-state="connected"]')
      .waitFor({ timeout: 15_000 });

    const operator = await login(t.baseUrl, 'operator');
    const title = `大屏实时测试-${Date.now()}`;
    const created = await operator.request('POST', '/api/work-orders', newOrderBody(title));
    expect(created.status).toBe(201);
    const row = page.locator('[data-testid="wall-ticker"] [data-order-id]', { hasText: title });
    await row.waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

    // No scrollbars at the wall's design size.
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth > window.innerWidth,
      y: document.documentElement.scrollHeight > window.innerHeight,
    }));
    expect(overflow).toEqual({ x: false, y: false });
    await page.screenshot({ path: join(OUT, 'wall-1920x1080.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends a visitor without a session to the login page', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.baseUrl}/console`);
    await page.waitForURL('**/login**');
    await page.close();
  });
});
