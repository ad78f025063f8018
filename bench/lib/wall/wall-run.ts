import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../tests/helpers/browser';
import { ask, spawnTs, stopChild, type Child } from '../children';
import { connectClients } from '../measure';
import type { Options } from '../options';
import { DEMO_PASSWORD, VIEWERS } from '../ours-phase';
import { call, login, loginMany } from '../rest';
import { openBare, openWall, wallSession } from './browser-pages';
import { measureJs, type JsWeight } from './js-weight';
import { measurePage, type PageKind, type PagePhase, type PhaseContext } from './page-phase';
import { panMap, type PanFigures } from './pan';
import { WALL_CHROMIUM_ARGS, WALL_MAP, WALL_PATH } from './wall-contract';
import type { WallOptions } from './wall-options';
import type { FromWallLoad } from './wall-protocol';
import { startBenchServer } from './wall-server';

export interface SeedFigures {
  /** Open orders wanted before the pan, orders the phases had already created, and the top-up. */
  wanted: number;
  before: number;
  created: number;
  failed: number;
  seconds: number;
  /** GET /api/work-orders total after the seed. */
  total: number;
}

export interface WallRun {
  index: number;
  order: PageKind[];
  setupS: number;
  wall: PagePhase;
  bare: PagePhase;
  /** wall / bare of this run. */
  ratios: { p50: number; p95: number; p99: number };
  seed: SeedFigures;
  pan: PanFigures | null;
  /** Measured in the first run only (it does not vary between runs). */
  js: JsWeight | null;
}

type Log = (msg: string) => void;

async function startLoad(baseUrl: string): Promise<Child> {
  const load = spawnTs('wall-load', 'bench/wall-load.ts', {}, { ipc: true });
  await ask<Extract<FromWallLoad, { type: 'ready' }>>(
    load,
    { type: 'login', url: baseUrl, username: 'operator', password: DEMO_PASSWORD },
    'ready',
    60_000,
  );
  return load;
}

async function seedTo(load: Child, baseUrl: string, wanted: number, tag: string): Promise<SeedFigures> {
  const cookie = await login(baseUrl, 'operator', DEMO_PASSWORD);
  const totalNow = async (): Promise<number> =>
    ((await call(baseUrl, 'GET', '/api/work-orders?limit=1', cookie)).body as { total: number }).total;
  const before = await totalNow();
  const count = Math.max(0, wanted - before);
  const r =
    count === 0
      ? { created: 0, failed: 0, seconds: 0 }
      : await ask<Extract<FromWallLoad, { type: 'seeded' }>>(
          load,
          { type: 'seed', count, concurrency: 32, tag },
          'seeded',
          600_000,
        );
  return {
    wanted,
    before,
    created: r.created,
    failed: r.failed,
    seconds: r.seconds,
    total: await totalNow(),
  };
}

/**
 * One run: a fresh server (simulator off) with `o.sockets` logged-in sockets in the clients process
 * and a REST load process; the wall page and the bare page measured one after the other under the
 * same load (order alternating between runs); then the open orders topped up to `w.markers` and
 * the map panned; in run 1 also the JavaScript the wall loads.
 */
export async function wallRun(
  o: Options,
  w: WallOptions,
  index: number,
  dataDir: string,
  log: Log,
): Promise<WallRun> {
  const t0 = performance.now();
  const { server, baseUrl } = await startBenchServer(dataDir, {});
  let clients: Child | null = null;
  let load: Child | null = null;
  let browser: Browser | null = null;
  try {
    const cookies = await loginMany(baseUrl, VIEWERS, DEMO_PASSWORD, o.sockets);
    clients = await connectClients(o, baseUrl, cookies);
    load = await startLoad(baseUrl);
    browser = await launchChromium(WALL_CHROMIUM_ARGS);
    const setupS = (performance.now() - t0) / 1000;
    const order: PageKind[] = index % 2 === 0 ? ['wall', 'bare'] : ['bare', 'wall'];
    const phases = new Map<PageKind, PagePhase>();
    for (const kind of order) {
      const ctx: PhaseContext = {
        server,
        clients,
        load,
        rateHz: o.rateHz,
        warmupS: w.warmupS,
        durationS: w.durationS,
        quietWaitS: o.quietWaitS,
        tag: `r${index + 1}${kind}`,
      };
      // A context per phase, closed after it: a page left open would keep rendering the load.
      const context = await wallSession(browser, baseUrl, DEMO_PASSWORD);
      try {
        const page =
          kind === 'wall'
            ? await openWall(context, `${baseUrl}${WALL_PATH}`, 'record')
            : await openBare(context, baseUrl);
        const phase = await measurePage(kind, page, ctx);
        phases.set(kind, phase);
        log(`run ${index + 1} ${brief(phase)}`);
      } finally {
        await context.close();
      }
    }
    const wall = phases.get('wall') as PagePhase;
    const bare = phases.get('bare') as PagePhase;
    const ratio = (k: 'p50' | 'p95' | 'p99'): number => wall.latency[k] / bare.latency[k];

    const seed = await seedTo(load, baseUrl, w.markers, `r${index + 1}seed`);
    log(
      `run ${index + 1} seed: ${seed.before} orders + ${seed.created} created in ${seed.seconds.toFixed(1)} s ` +
        `(${seed.failed} failed), ${seed.total} on the server`,
    );
    const panContext = await wallSession(browser, baseUrl, DEMO_PASSWORD);
    let pan: PanFigures | null;
    try {
      pan = await panMap(panContext, baseUrl, w.panS, {
        server: server.pid,
        helpers: [clients.pid, load.pid],
        quietWaitS: o.quietWaitS,
      });
    } finally {
      await panContext.close();
    }
    log(
      pan
        ? `run ${index + 1} pan on ${pan.path}: ${pan.drags} drags, ${pan.markersLoaded ?? '?'} markers, ` +
            `frame p50 ${pan.page.frames.p50.toFixed(1)} ms, max ${pan.page.frames.max.toFixed(0)} ms, ` +
            `long tasks ${pan.page.longTasks.count} (max ${pan.page.longTasks.maxMs.toFixed(0)} ms)`
        : `run ${index + 1} pan: no ${WALL_MAP} on the wall — not measured`,
    );

    let js: JsWeight | null = null;
    if (index === 0) {
      const jsContext = await wallSession(browser, baseUrl, DEMO_PASSWORD);
      try {
        js = await measureJs(jsContext, `${baseUrl}${WALL_PATH}`);
      } finally {
        await jsContext.close();
      }
      log(
        `JS for ${WALL_PATH}: ${js.transferredKB.toFixed(1)} kB transferred (${js.scripts.length} scripts, ` +
          `${js.compressed ? 'compressed' : 'NOT compressed by the server'}; gzip would be ${js.gzipKB.toFixed(1)} kB)`,
      );
    }
    return {
      index,
      order,
      setupS,
      wall,
      bare,
      ratios: { p50: ratio('p50'), p95: ratio('p95'), p99: ratio('p99') },
      seed,
      pan,
      js,
    };
  } finally {
    await browser?.close().catch(() => undefined);
    if (load) await stopChild(load);
    if (clients) await stopChild(clients);
    await stopChild(server);
  }
}

function brief(p: PagePhase): string {
  const l = p.latency;
  const f = p.page.frames;
  return (
    `${p.kind}: p50 ${l.p50.toFixed(1)} p95 ${l.p95.toFixed(1)} p99 ${l.p99.toFixed(1)} max ${l.max.toFixed(0)} ms, ` +
    `painted ${p.painted}/${p.committed}, frame p50 ${f.p50.toFixed(1)} max ${f.max.toFixed(0)} ms, ` +
    `long tasks ${p.page.longTasks.count} (max ${p.page.longTasks.maxMs.toFixed(0)} ms), ` +
    `CPU server ${p.cpu.server.toFixed(0)} % chromium ${p.cpu.chromium.toFixed(0)} % others ${p.cpu.others.toFixed(0)} %`
  );
}
