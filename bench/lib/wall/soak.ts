import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../tests/helpers/browser';
import { stopChild } from '../children';
import { DEMO_PASSWORD } from '../ours-phase';
import { ProcMonitor } from '../proc';
import { call, login } from '../rest';
import { sleep } from '../time';
import { heapFloor, openWall, probeReset, probeWindow, wallSession, type HeapReading } from './browser-pages';
import type { ProbeWindow } from './page-probe';
import { awaitSteadyBacklog, OPEN_ORDERS_PATH, WARM_TOWN_SPEED } from './backlog';
import { chromiumPids, GroupCpu } from './wall-procs';
import { MARKERS_API, RELOAD_COUNTER_KEY, WALL_CHROMIUM_ARGS, WALL_PATH } from './wall-contract';
import type { WallOptions } from './wall-options';
import { startBenchServer } from './wall-server';

/**
 * A heap reading with the open orders the wall held at that moment: the soak starts from the
 * town's steady backlog (backlog.ts), so the open orders (and the map's markers) should hover;
 * the column shows that they did.
 */
export type SoakSample = HeapReading & { openOrders: number | null };

export interface SoakResult {
  minutes: number;
  speed: number;
  warmupS: number;
  /** Post-GC heap after the warm-up, once a minute, and at the end. */
  warm: SoakSample;
  end: SoakSample;
  samples: SoakSample[];
  /** end / warm − 1, in %. */
  growthPercent: number;
  /** Full page loads after the first (a watchdog reload resets the heap and voids the comparison). */
  reloads: number;
  /** The watchdog's own counter in sessionStorage at the end (null: never written). */
  reloadCounter: string | null;
  /** The town's warm-up run before the soak (SIM_SPEED=WARM_TOWN_SPEED until its backlog was steady). */
  warmTown: { open: number; seconds: number; speed: number };
  /** Orders on the server before the page opened and at the end (the simulator's work). */
  ordersBefore: number;
  ordersAfter: number;
  /** Frames, long tasks and new ticker rows from the warm-up's end to the end. */
  page: ProbeWindow;
  cpu: { server: number; chromium: number };
}

type Log = (msg: string) => void;

/** Waits until `atS` seconds after t0 (the soak's schedule is the measurement: nothing to await). */
const until = (t0: number, atS: number): Promise<void> => sleep(t0 + atS * 1000 - performance.now());

async function readReloadCounter(page: Page): Promise<string | null> {
  return page.evaluate(`sessionStorage.getItem(${JSON.stringify(RELOAD_COUNTER_KEY)})`) as Promise<
    string | null
  >;
}

/**
 * The soak: the real server with the simulator on at `soakSpeed` (SIM_RATE at its default), its
 * town run first at WARM_TOWN_SPEED until its backlog is steady (backlog.ts), the default wall open for
 * `soakMinutes`; the post-GC heap (DevTools protocol) after the warm-up, every minute and at the end.
 */
export async function runSoak(w: WallOptions, dataDir: string, log: Log): Promise<SoakResult> {
  const warmRun = await startBenchServer(dataDir, { SIMULATOR: 'on', SIM_SPEED: String(WARM_TOWN_SPEED) });
  let warmTown: SoakResult['warmTown'];
  try {
    const warmCookie = await login(warmRun.baseUrl, 'operator', DEMO_PASSWORD);
    const open = async (): Promise<number> =>
      ((await call(warmRun.baseUrl, 'GET', OPEN_ORDERS_PATH, warmCookie)).body as { total: number }).total;
    warmTown = { ...(await awaitSteadyBacklog(open)), speed: WARM_TOWN_SPEED };
  } finally {
    await stopChild(warmRun.server);
  }
  log(
    `soak: town warmed at SIM_SPEED=${WARM_TOWN_SPEED} in ${warmTown.seconds.toFixed(0)} s, ${warmTown.open} open orders`,
  );
  const { server, baseUrl } = await startBenchServer(dataDir, {
    SIMULATOR: 'on',
    SIM_SPEED: String(w.soakSpeed),
  });
  let browser: Browser | null = null;
  try {
    const cookie = await login(baseUrl, 'operator', DEMO_PASSWORD);
    const total = async (): Promise<number> =>
      ((await call(baseUrl, 'GET', '/api/work-orders?limit=1', cookie)).body as { total: number }).total;
    const ordersBefore = await total();
    const openOrders = async (): Promise<number | null> => {
      const r = await call(baseUrl, 'GET', MARKERS_API, cookie);
      return r.status === 200 ? ((r.body as { items?: unknown[] }).items?.length ?? null) : null;
    };
    browser = await launchChromium(WALL_CHROMIUM_ARGS);
    const context = await wallSession(browser, baseUrl, DEMO_PASSWORD);
    let loads = 0;
    const page = await openWall(context, `${baseUrl}${WALL_PATH}`, 'count');
    page.on('load', () => loads++);
    const t0 = performance.now();
    const sample = async (): Promise<SoakSample> => ({
      ...(await heapFloor(page, t0)),
      openOrders: await openOrders(),
    });
    await until(t0, w.soakWarmupS);
    const warm = await sample();
    log(`soak: warm-up over, heap ${warm.usedMiB.toFixed(2)} MiB, ${warm.nodes} DOM nodes`);
    await probeReset(page);
    const serverCpu = new ProcMonitor(server.pid);
    const chromiumCpu = new GroupCpu(chromiumPids);
    serverCpu.begin();
    chromiumCpu.begin();
    const samples: SoakSample[] = [warm];
    const endS = w.soakMinutes * 60;
    for (let at = w.soakWarmupS + 60; at < endS; at += 60) {
      await until(t0, at);
      const s = await sample();
      samples.push(s);
      log(
        `soak: ${(at / 60).toFixed(1)} min, heap ${s.usedMiB.toFixed(2)} MiB, ${s.nodes} DOM nodes, ` +
          `${s.openOrders ?? '?'} open orders`,
      );
    }
    await until(t0, endS);
    const pageWindow = await probeWindow(page);
    const cpu = { server: serverCpu.end().cpuPercent, chromium: chromiumCpu.endPercent() };
    const end = await sample();
    samples.push(end);
    const reloadCounter = await readReloadCounter(page);
    return {
      minutes: w.soakMinutes,
      speed: w.soakSpeed,
      warmupS: w.soakWarmupS,
      warm,
      end,
      samples,
      growthPercent: (100 * (end.usedMiB - warm.usedMiB)) / warm.usedMiB,
      reloads: loads,
      reloadCounter,
      warmTown,
      ordersBefore,
      ordersAfter: await total(),
      page: pageWindow,
      cpu,
    };
  } finally {
    await browser?.close().catch(() => undefined);
    await stopChild(server);
  }
}
