import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { DEMO_PASSWORD, login, startTestServer, type TestServer } from '../helpers/test-server';

const OUT = join(import.meta.dirname, '..', '..', 'test-results');
const SIZES: ReadonlyArray<readonly [number, number]> = [
  [1280, 720],
  [1920, 1080],
  [2560, 1080],
  [3840, 2160],
  [5760, 1080],
  [7680, 4320],
];

let t: TestServer;
let browser: Browser;
let cookie: { name: string; value: string };

/** A few orders in several grids, categories and states, so every chart has something to draw. */
async function seedOrders(): Promise<void> {
  const operator = await login(t.baseUrl, 'operator');
  const spots = [
    { lat: 34.8809, lng: 116.85527 },
    { lat: 34.8945, lng: 116.8435 },
    { lat: 34.8945, lng: 116.8665 },
    { lat: 34.87, lng: 116.88 },
    { lat: 34.88, lng: 116.82 },
  ];
  const categories = ['sanitation', 'city_order', 'safety', 'dispute', 'infrastructure'];
  for (let i = 0; i < 10; i++) {
    const res = await operator.request('POST', '/api/work-orders', {
      source: i % 2 === 0 ? 'phone' : 'grid_report',
      title: `大屏布局测试工单 ${i + 1}`,
      description: '布局测试',
      location: spots[i % spots.length],
    });
    expect(res.status).toBe(201);
    const order = res.body as { id: string; version: number };
    if (i % 3 === 0) continue;
    const registered = await operator.request('POST', `/api/work-orders/${order.id}/commands`, {
      type: 'register',
      expectedVersion: order.version,
      category: categories[i % categories.length],
      priority: i === 1 ? 'P1' : 'P3',
    });
    expect(registered.status).toBe(200);
  }
}

beforeAll(async () => {
  t = await startTestServer({}, { serveClient: true });
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
  await seedOrders();
  const res = await fetch(`${t.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'wall', password: DEMO_PASSWORD }),
  });
  const set = res.headers.get('set-cookie') ?? '';
  const [name, value] = set.split(';')[0]!.split('=');
  cookie = { name: name!, value: value! };
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

async function openWall(
  width: number,
  height: number,
  query = '',
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.addCookies([{ ...cookie, url: t.baseUrl }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${t.baseUrl}/wall${query}`);
  await page
    .locator('[data-testid="connection-banner"][data-state="connected"]')
    .waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="wall-kpis"] [data-kpi]').first().waitFor({ timeout: 20_000 });
  // Every chart has painted (or shows its text) and the map has drawn its grids.
  await page.waitForFunction(
    () => {
      const map = document.querySelector('[data-testid="wall-map"]');
      const bodies = [...document.querySelectorAll('.wall-panel__body')];
      return (
        (!map || Number(map.getAttribute('data-grids')) > 0) &&
        bodies.every((b) => b.querySelector('canvas') || (b.textContent ?? '').trim().length > 0)
      );
    },
    undefined,
    { timeout: 20_000 },
  );
  await page.waitForTimeout(500); // let the charts' first frame land
  return { page, errors };
}

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  content: 'text' | 'canvas' | 'blank';
}

/** The wall's panels with their boxes and whether they show text or a canvas with ≥ 2 colours. */
function panelsOf(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const nonUniform = (canvas: HTMLCanvasElement): boolean => {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) return false;
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const first = data.slice(0, 4).join(',');
      for (let i = 4; i < data.length; i += 4 * 97)
        if (`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}` !== first) return true;
      return false;
    };
    const selector =
      '.wall-header, [data-testid="wall-kpis"], [data-testid="wall-ticker"], [data-testid^="wall-panel-"], .wall-map-box';
    return [...document.querySelectorAll<HTMLElement>(selector)].map((el, i) => {
      const r = el.getBoundingClientRect();
      const body = el.querySelector('.wall-panel__body') ?? el;
      const canvases = [...body.querySelectorAll('canvas')];
      const text = (body.textContent ?? '').trim();
      return {
        id: el.dataset.testid ?? el.className.split(' ')[0] ?? String(i),
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
        content: canvases.some(nonUniform) ? 'canvas' : text.length > 0 ? 'text' : 'blank',
      } as const;
    });
  });
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x + 0.5 < b.x + b.w && b.x + 0.5 < a.x + a.w && a.y + 0.5 < b.y + b.h && b.y + 0.5 < a.y + a.h;

describe('the wall at every screen size', () => {
  for (const [width, height] of SIZES) {
    it(`${width}×${height}: no scrollbars, no overlapping panels, none blank, Chinese rendered`, async () => {
      const { page, errors } = await openWall(width, height);
      const scroll = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth > window.innerWidth,
        y: document.documentElement.scrollHeight > window.innerHeight,
      }));
      expect(scroll).toEqual({ x: false, y: false });
      const panels = await panelsOf(page);
      expect(panels.length).toBeGreaterThanOrEqual(10); // header, KPIs, ticker, map, board, ≥ 4 charts …
      expect(panels.filter((p) => p.id.startsWith('wall-panel-')).length).toBeGreaterThanOrEqual(5);
      for (const p of panels) {
        expect(p.content, `${p.id} is blank`).not.toBe('blank');
        expect(
          p.x >= -0.5 && p.y >= -0.5 && p.x + p.w <= width + 0.5 && p.y + p.h <= height + 0.5,
          p.id,
        ).toBe(true);
      }
      for (let i = 0; i < panels.length; i++)
        for (let j = i + 1; j < panels.length; j++)
          expect(overlaps(panels[i]!, panels[j]!), `${panels[i]!.id} overlaps ${panels[j]!.id}`).toBe(false);
      // Chinese glyphs come from a CJK font, not tofu: the title is as wide as its 13 characters.
      const cjk = await page.evaluate(() => {
        const title = document.querySelector('.wall-header__title')!;
        const size = parseFloat(getComputedStyle(title).fontSize);
        return {
          width: title.getBoundingClientRect().width,
          size,
          cjkFont: document.fonts.check(`16px "Noto Sans CJK SC"`),
        };
      });
      expect(cjk.cjkFont).toBe(true);
      expect(cjk.width).toBeGreaterThan(cjk.size * 10);
      // The KPI figures are at least 24 design px, the body text at least 14.
      const scale = Math.min(width / 1920, height / 1080);
      const sizes = await page.evaluate(() => ({
        kpi: Math.min(
          ...[...document.querySelectorAll('.wall-kpi__value')].map((e) =>
            parseFloat(getComputedStyle(e).fontSize),
          ),
        ),
        text: Math.min(
          ...[...document.querySelectorAll('.wall-ticker__item, .wall-board__row, .wall-kpi__label')].map(
            (e) => parseFloat(getComputedStyle(e).fontSize),
          ),
        ),
      }));
      expect(sizes.kpi).toBeGreaterThanOrEqual(24 * scale - 0.01);
      expect(sizes.text).toBeGreaterThanOrEqual(14 * scale - 0.01);
      await page.screenshot({ path: join(OUT, `wall-${width}x${height}.png`) });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('3840×2160: the map holds 51 grids and a marker per camera; a click on a grid centre opens its panel', async () => {
    const { page, errors } = await openWall(3840, 2160, '?scene=map');
    const map = page.locator('[data-testid="wall-map"]');
    const cameras = await login(t.baseUrl, 'operator').then((s) =>
      s.request('GET', '/api/cameras?limit=1000'),
    );
    const cameraCount = (cameras.body as { total: number }).total;
    expect(cameraCount).toBeGreaterThanOrEqual(300);
    await page.waitForFunction(
      (n) => {
        const el = document.querySelector('[data-testid="wall-map"]');
        return el?.getAttribute('data-grids') === '51' && Number(el.getAttribute('data-cameras')) === n;
      },
      cameraCount,
      { timeout: 20_000 },
    );
    expect(await map.getAttribute('data-grids')).toBe('51');
    const label = page.locator('[data-grid-id="YT-JC-05"]').first();
    const box = (await label.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = page.locator('[data-testid="grid-panel"]');
    await panel.waitFor({ timeout: 5_000 });
    expect(await panel.getAttribute('data-grid-id')).toBe('YT-JC-05');
    await page.screenshot({ path: join(OUT, 'wall-map-3840x2160.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
