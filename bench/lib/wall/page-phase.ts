import { cpus } from 'node:os';
import type { Page } from 'playwright-core';
import { ask, type Child } from '../children';
import { waitForQuiet } from '../measure';
import { HostMonitor, ProcMonitor } from '../proc';
import { summarizeList, type Summary } from '../stats';
import { sleep, wallClockMs } from '../time';
import { probeReset, probeWindow, takePaints } from './browser-pages';
import type { PaintRecord, ProbeWindow } from './page-probe';
import { chromiumPids, GroupCpu } from './wall-procs';
import type { Commit, FromWallLoad, StreamFigures } from './wall-protocol';

export type PageKind = 'wall' | 'bare';

export interface PagePhase {
  kind: PageKind;
  /** Commit (REST 201 at the load process) → the next animation frame after the row was inserted, ms. */
  latency: Summary;
  /** Commit → the task after that frame (the frame's main-thread work done), ms. */
  afterPaint: Summary;
  /** Orders committed inside the window; each should become a row. */
  committed: number;
  painted: number;
  /** Painted rows whose text did not contain the order's title at paint time. */
  titleMissing: number;
  windowS: number;
  /** Frames and long tasks of the page over the window, under the load. */
  page: ProbeWindow;
  load: StreamFigures;
  /** Page clock offset − load process clock offset (both against Date.now()); subtracted from every sample. */
  clockSkewMs: number;
  /** % of one core over the window; `others` is the machine's busy time that none of these used. */
  cpu: {
    server: number;
    chromium: number;
    load: number;
    clients: number;
    orchestrator: number;
    host: number;
    others: number;
  };
  quiet: { waitedS: number; busyPercent: number };
}

export interface PhaseContext {
  server: Child;
  clients: Child;
  load: Child;
  rateHz: number;
  warmupS: number;
  durationS: number;
  quietWaitS: number;
  /** Unique per phase, so every title of the benchmark is unique. */
  tag: string;
}

const CORES = cpus().length;

/** Collects paint records until none has arrived for 1 s (at most 15 s): late rows count as late, not lost. */
async function drainPaints(page: Page): Promise<PaintRecord[]> {
  const all: PaintRecord[] = [];
  const t0 = performance.now();
  let quietSince = performance.now();
  while (performance.now() - t0 < 15_000 && performance.now() - quietSince < 1000) {
    const more = await takePaints(page);
    if (more.length > 0) {
      all.push(...more);
      quietSince = performance.now();
    }
    await sleep(200);
  }
  return all;
}

/**
 * One measured phase on an open page: REST creates at the offered rate from the load process,
 * warm-up, then the window in which frames, long tasks and CPU are measured; every order committed
 * in the window is matched by id with the row the page painted.
 */
export async function measurePage(kind: PageKind, page: Page, c: PhaseContext): Promise<PagePhase> {
  const quiet = await waitForQuiet(c.quietWaitS);
  const fromMs = wallClockMs() + c.warmupS * 1000;
  const toMs = fromMs + c.durationS * 1000;
  c.load.proc.send({ type: 'start', rateHz: c.rateHz, tag: c.tag });
  await sleep(fromMs - wallClockMs());
  await probeReset(page);
  const mons = {
    server: new ProcMonitor(c.server.pid),
    load: new ProcMonitor(c.load.pid),
    clients: new ProcMonitor(c.clients.pid),
    orchestrator: new ProcMonitor(process.pid),
  };
  const chromium = new GroupCpu(chromiumPids);
  const host = new HostMonitor();
  for (const m of Object.values(mons)) m.begin();
  chromium.begin();
  host.begin();
  const t0 = performance.now();
  await sleep(toMs - wallClockMs());
  const windowS = (performance.now() - t0) / 1000;
  const pageWindow = await probeWindow(page);
  const cpu = {
    server: mons.server.end().cpuPercent,
    load: mons.load.end().cpuPercent,
    clients: mons.clients.end().cpuPercent,
    orchestrator: mons.orchestrator.end().cpuPercent,
    chromium: chromium.endPercent(),
    host: host.end(CORES).busyPercent,
    others: 0,
  };
  cpu.others = Math.max(0, cpu.host - cpu.server - cpu.load - cpu.clients - cpu.orchestrator - cpu.chromium);
  const stopped = await ask<Extract<FromWallLoad, { type: 'stopped' }>>(
    c.load,
    { type: 'stop', drainMs: 10_000 },
    'stopped',
    30_000,
  );
  const paints = await drainPaints(page);
  const skew = pageWindow.clockOffsetMs - stopped.figures.clockOffsetMs;
  return {
    kind,
    ...match(stopped.commits, paints, fromMs, toMs, Number.isFinite(skew) ? skew : 0),
    windowS,
    page: pageWindow,
    load: stopped.figures,
    clockSkewMs: skew,
    cpu,
    quiet,
  };
}

function match(
  commits: Commit[],
  paints: PaintRecord[],
  fromMs: number,
  toMs: number,
  skew: number,
): Pick<PagePhase, 'latency' | 'afterPaint' | 'committed' | 'painted' | 'titleMissing'> {
  const byId = new Map<string, PaintRecord>();
  for (const p of paints) if (!byId.has(p[0])) byId.set(p[0], p);
  const latency: number[] = [];
  const afterPaint: number[] = [];
  let committed = 0;
  let titleMissing = 0;
  for (const [id, title, commitMs] of commits) {
    if (commitMs < fromMs || commitMs >= toMs) continue;
    committed++;
    const p = byId.get(id);
    if (!p) continue;
    latency.push(p[2] - skew - commitMs);
    if (p[3] > 0) afterPaint.push(p[3] - skew - commitMs);
    if (!p[4].includes(title)) titleMissing++;
  }
  return {
    latency: summarizeList(latency),
    afterPaint: summarizeList(afterPaint),
    committed,
    painted: latency.length,
    titleMissing,
  };
}
