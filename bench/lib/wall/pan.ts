import type { BrowserContext, Page } from 'playwright-core';
import { cpus } from 'node:os';
import { waitForQuiet } from '../measure';
import { HostMonitor, ProcMonitor } from '../proc';
import { sleep } from '../time';
import { openWall, probeReset, probeWindow } from './browser-pages';
import type { ProbeWindow } from './page-probe';
import { MAP_PANE, MARKERS_API, PAN_PATH, WALL_MAP, WALL_PATH } from './wall-contract';
import { chromiumPids, GroupCpu } from './wall-procs';

export interface PanFigures {
  /** The wall URL the map was found on. */
  path: string;
  /** Open orders the wall's markers endpoint returned when the page loaded (null: no such endpoint). */
  markersLoaded: number | null;
  drags: number;
  moves: number;
  /** The map pane's transform changed with the first drag: the drags really moved the map. */
  moved: boolean;
  page: ProbeWindow;
  /** Long tasks from the page's start until the pan began: loading and first drawing the markers. */
  loadLongTasks: ProbeWindow['longTasks'];
  /** % of one core over the pan: all Chromium processes, the server, and what else the machine did. */
  chromiumCpuPercent: number;
  serverCpuPercent: number;
  othersCpuPercent: number;
}

/** One mouse move per frame at 60 Hz: a hand dragging the map, not a fling. */
const MOVE_EVERY_MS = 16;
const MOVES_PER_DRAG = 20;
const STEP_PX = 12;
/** Right, down, left, up: the view circles back, so it stays over the town's markers. */
const DIRECTIONS: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
];

const paneTransform = (page: Page): Promise<string | null> =>
  page
    .locator(`${WALL_MAP} ${MAP_PANE}`)
    .first()
    .evaluate((el) => (el as HTMLElement).style.transform)
    .catch(() => null);

/** Opens `path` and returns the page if the map is on it, with the marker count it loaded. */
async function openMapPage(
  context: BrowserContext,
  baseUrl: string,
  path: string,
): Promise<{ page: Page; markers: number | null } | null> {
  const markers = context
    .waitForEvent('response', { predicate: (r) => r.url().includes(MARKERS_API), timeout: 30_000 })
    .then(async (r) => (r.ok() ? (((await r.json()) as { items?: unknown[] }).items?.length ?? null) : null))
    .catch(() => null);
  const page = await openWall(context, `${baseUrl}${path}`, 'count');
  const map = page.locator(WALL_MAP).first();
  try {
    await map.waitFor({ state: 'visible', timeout: 20_000 });
  } catch {
    await page.close();
    return null;
  }
  const count = await markers;
  // Markers render after their data arrives; idle network means the map has what it will show.
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  return { page, markers: count };
}

/**
 * The programmatic pan: repeated mouse drags across the Leaflet map for `seconds`, while the probe
 * records frame intervals and long tasks. Returns null when no page shows the map (the rebuilt wall
 * is not there yet), which the report states instead of a figure.
 */
export async function panMap(
  context: BrowserContext,
  baseUrl: string,
  seconds: number,
  env: { server: number; helpers: number[]; quietWaitS: number },
): Promise<PanFigures | null> {
  for (const path of [PAN_PATH, WALL_PATH]) {
    const opened = await openMapPage(context, baseUrl, path);
    if (!opened) continue;
    const { page } = opened;
    try {
      const box = await page.locator(WALL_MAP).first().boundingBox();
      if (!box) return null;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      // The seed's thousands of events and the page's first render are done before the pan starts.
      await waitForQuiet(env.quietWaitS);
      const loadLongTasks = (await probeWindow(page)).longTasks;
      await probeReset(page);
      const chromium = new GroupCpu(chromiumPids);
      const server = new ProcMonitor(env.server);
      const helpers = new GroupCpu(() => [process.pid, ...env.helpers]);
      const host = new HostMonitor();
      chromium.begin();
      server.begin();
      helpers.begin();
      host.begin();
      const until = performance.now() + seconds * 1000;
      let drags = 0;
      let moves = 0;
      let moved = false;
      const before = await paneTransform(page);
      while (performance.now() < until) {
        const [dx, dy] = DIRECTIONS[drags % DIRECTIONS.length] ?? [1, 0];
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        for (let i = 1; i <= MOVES_PER_DRAG; i++) {
          await page.mouse.move(cx + dx * STEP_PX * i, cy + dy * STEP_PX * i);
          moves++;
          await sleep(MOVE_EVERY_MS);
        }
        await page.mouse.up();
        if (drags++ === 0) moved = (await paneTransform(page)) !== before;
      }
      const chromiumCpuPercent = chromium.endPercent();
      const serverCpuPercent = server.end().cpuPercent;
      const othersCpuPercent = Math.max(
        0,
        host.end(cpus().length).busyPercent - chromiumCpuPercent - serverCpuPercent - helpers.endPercent(),
      );
      return {
        path,
        markersLoaded: opened.markers,
        drags,
        moves,
        moved,
        page: await probeWindow(page),
        loadLongTasks,
        chromiumCpuPercent,
        serverCpuPercent,
        othersCpuPercent,
      };
    } finally {
      await page.close();
    }
  }
  return null;
}
