import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../children';
import { probeScript, type PaintRecord, type ProbeOptions, type ProbeWindow } from './page-probe';
import { BARE_ORDER, BARE_PATH, ORDER_ID_ATTR, TICKER_ORDER, WALL_READY, WALL_USER } from './wall-contract';

/** The wall's design size: the page is measured at the resolution it is built for. */
export const WALL_VIEWPORT = { width: 1920, height: 1080 };

/** A fresh context (empty cache, own cookies) logged in as the wall user through the REST login. */
export async function wallSession(
  browser: Browser,
  baseUrl: string,
  password: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: WALL_VIEWPORT, locale: 'zh-CN' });
  const res = await context.request.post(`${baseUrl}/api/auth/login`, {
    data: { username: WALL_USER, password },
  });
  if (res.status() !== 200) throw new Error(`wall login: HTTP ${res.status()} ${await res.text()}`);
  return context;
}

export const wallProbe = (mode: ProbeOptions['mode']): ProbeOptions => ({
  rowSelector: TICKER_ORDER,
  idAttr: ORDER_ID_ATTR,
  mode,
});

/** Opens a wall URL with the probe installed and waits until the wall's socket is connected. */
export async function openWall(
  context: BrowserContext,
  url: string,
  mode: ProbeOptions['mode'],
): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(probeScript(wallProbe(mode)));
  await page.goto(url);
  await page.locator(WALL_READY).first().waitFor({ timeout: 30_000 });
  return page;
}

/**
 * The baseline: a page at the app's origin (so the session cookie rides along on the socket's
 * handshake) that loads socket.io-client 4.8.4's browser build and, on each `work-order:created`,
 * prepends one row with the title, keeping the latest 50 like a ticker does.
 */
const BARE_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>bench bare page</title></head>
<body><div id="bare-log"></div>
<script src="${BARE_PATH}/socket.io.min.js"></script>
<script>
  const log = document.getElementById('bare-log');
  const socket = io({ withCredentials: true });
  socket.on('connect', () => { document.body.dataset.connected = '1'; });
  socket.on('work-order:created', (p) => {
    const row = document.createElement('div');
    row.setAttribute('data-order-id', p.entity.id);
    row.textContent = p.entity.title;
    log.prepend(row);
    if (log.childElementCount > 50) log.lastElementChild.remove();
  });
</script></body></html>`;

export async function openBare(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  const script = readFileSync(join(ROOT, 'node_modules/socket.io-client/dist/socket.io.min.js'));
  await page.route(`${baseUrl}${BARE_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: BARE_HTML }),
  );
  await page.route(`${baseUrl}${BARE_PATH}/socket.io.min.js`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: script }),
  );
  await page.addInitScript(probeScript({ rowSelector: BARE_ORDER, idAttr: ORDER_ID_ATTR, mode: 'record' }));
  await page.goto(`${baseUrl}${BARE_PATH}`);
  await page.locator('body[data-connected="1"]').waitFor({ state: 'attached', timeout: 30_000 });
  return page;
}

// String expressions rather than functions: see page-probe.ts on esbuild's `__name`.
export const probeReset = (page: Page): Promise<void> => page.evaluate('window.__wallProbe.reset()');
export const probeWindow = (page: Page): Promise<ProbeWindow> =>
  page.evaluate('window.__wallProbe.window()') as Promise<ProbeWindow>;
export const takePaints = (page: Page): Promise<PaintRecord[]> =>
  page.evaluate('window.__wallProbe.takePaints()') as Promise<PaintRecord[]>;

export interface HeapReading {
  /** V8's used heap after a forced full GC, MiB. */
  usedMiB: number;
  totalMiB: number;
  /** Live DOM nodes and JS event listeners (Memory.getDOMCounters), to tell a DOM leak from a JS one. */
  nodes: number;
  listeners: number;
  atS: number;
}

/** Post-GC heap through the DevTools protocol: collect twice (finalisers free more), then read. */
export async function heapAfterGc(page: Page, t0: number): Promise<HeapReading> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return {
      usedMiB: heap.usedSize / 1048576,
      totalMiB: heap.totalSize / 1048576,
      nodes: dom.nodes,
      listeners: dom.jsEventListeners,
      atS: (performance.now() - t0) / 1000,
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * The heap's floor around a moment: `count` post-GC readings `gapMs` apart, the smallest kept (with
 * the readings, for the record). One reading swings by ±1.5 MiB on the wall (2026-11-28: 15.5, 17.5,
 * 18.6, 17.1 MiB a minute apart with the open orders flat) as DOM built for the current data (map
 * cluster bubbles with their listeners, chart tooltips) comes and goes; what a leak raises is the floor.
 */
export async function heapFloor(
  page: Page,
  t0: number,
  count = 3,
  gapMs = 5000,
): Promise<HeapReading & { readingsMiB: number[] }> {
  const readings: HeapReading[] = [];
  for (let i = 0; i < count; i++) {
    // The spacing is the measurement: readings at distinct moments, not an event to await.
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    readings.push(await heapAfterGc(page, t0));
  }
  const floor = readings.reduce((a, b) => (b.usedMiB < a.usedMiB ? b : a));
  return { ...floor, readingsMiB: readings.map((r) => Number(r.usedMiB.toFixed(2))) };
}
