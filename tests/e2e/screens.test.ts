import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkOrder } from '../../src/shared/schemas/work-order';
import { launchChromium } from '../helpers/browser';
import { DEMO_PASSWORD, login, newOrderBody, startTestServer, type TestServer } from '../helpers/test-server';

/** /field on a phone (390×844): every control at least 44×44 CSS px; /console at 1920×1080; screenshots. */
const OUT = join(import.meta.dirname, '..', '..', 'test-results');
let t: TestServer;
let browser: Browser;
let orderId = '';

beforeAll(async () => {
  t = await startTestServer({}, { serveClient: true });
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
  const operator = await login(t.baseUrl, 'operator');
  const created = (await operator.request('POST', '/api/work-orders', newOrderBody('路口垃圾桶满溢')))
    .body as WorkOrder;
  orderId = created.id;
  for (const body of [
    { type: 'register', category: 'sanitation', priority: 'P2', expectedVersion: 1 },
    { type: 'dispatch', assignee: { kind: 'staff', id: 'S-YT-JC-01-grid_worker' }, expectedVersion: 2 },
    { type: 'urge', comment: '请尽快签收', expectedVersion: 3 },
  ]) {
    const res = await operator.request('POST', `/api/work-orders/${orderId}/commands`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

async function pageAs(
  username: string,
  path: string,
  viewport: { width: number; height: number },
): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'zh-CN' });
  await page.goto(`${t.baseUrl}/login?next=${encodeURIComponent(path)}`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page
    .locator('[data-testid="connection-banner"][data-state="connected"]')
    .waitFor({ timeout: 15_000 });
  return page;
}

/** Visible interactive elements smaller than 44×44 CSS px (a checkbox or radio counts with its label). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [role="button"], [role="tab"], .leaflet-control a';
    const small: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      let box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const input = el as HTMLInputElement;
      if (input.type === 'checkbox' || input.type === 'radio' || input.type === 'file') {
        const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
        if (label) box = label.getBoundingClientRect();
      }
      if (box.width < 44 || box.height < 44)
        small.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? input.name ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return small;
  });
}

async function noSideways(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

describe('screens at their sizes', () => {
  it('/field at 390×844: list, order, report and supervision tabs, touch targets ≥ 44×44', async () => {
    const page = await pageAs('gridworker', '/field', { width: 390, height: 844 });
    await page.locator('[data-testid="field-order"]').first().waitFor();
    await noSideways(page);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: join(OUT, 'field-390x844.png') });

    await page.locator('[data-testid="field-order"]').first().click();
    await page.locator('[data-testid="field-detail"]').waitFor();
    await page.getByRole('button', { name: '签收', exact: true }).waitFor();
    await noSideways(page);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: join(OUT, 'field-order-390x844.png') });

    for (const tab of ['report', 'supervise']) {
      await page.goto(`${t.baseUrl}/field?tab=${tab}`);
      await page.locator('.field-page__body').waitFor();
      await noSideways(page);
      expect(await smallTargets(page), tab).toEqual([]);
    }
    await page.close();
  });

  it('/console at 1920×1080: the desk with an order open, no page scrollbars', async () => {
    const page = await pageAs('operator', `/console?order=${orderId}`, { width: 1920, height: 1080 });
    await page.locator('[data-testid="order-detail"]').waitFor();
    await page.locator('[data-testid="timeline-entry"]').first().waitFor();
    await noSideways(page);
    await page.screenshot({ path: join(OUT, 'console-1920x1080.png') });
    const operator = await login(t.baseUrl, 'operator');
    await operator.request('POST', '/api/work-orders', newOrderBody('小区门口占道经营，摊位堵住人行道'));
    await page.goto(`${t.baseUrl}/console?tab=triage`);
    await page.locator('[data-testid="triage-row"]').first().click();
    await page.locator('[data-testid="triage-detail"]').waitFor();
    await noSideways(page);
    await page.screenshot({ path: join(OUT, 'console-triage-1920x1080.png') });
    await page.close();
  });
});
