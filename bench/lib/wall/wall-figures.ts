import type { Machine, Target } from '../report';
import { median } from '../stats';
import type { JsWeight } from './js-weight';
import { WALL_PATH } from './wall-contract';
import type { SoakResult } from './soak';
import type { Part, WallOptions } from './wall-options';
import type { WallRun } from './wall-run';

export interface WallResult {
  benchmark: 'wall';
  startedAt: string;
  finishedAt: string;
  elapsedS: number;
  parts: Part[];
  options: WallOptions & { sockets: number; rateHz: number; quietWaitS: number; quick: boolean };
  machine: Machine;
  method: Record<string, string>;
  /** Medians over runs (and worst cases where a target speaks of "no … over"); empty without runs. */
  median: Record<string, number>;
  runs: WallRun[];
  js: JsWeight | null;
  soak: SoakResult | null;
  targets: WallTarget[];
}

/** A target with the number of measurements it was judged on (runs, or 1 for the soak and the JS). */
export type WallTarget = Target & { of: number };

export const LIMITS = {
  p95Ms: 100,
  ratioP95: 1.5,
  frameP50Ms: 20,
  longTaskMs: 200,
  heapGrowthPercent: 10,
  jsKB: 600,
  /** Share of the window's orders that must become rows for the latency to describe all of them. */
  paintedShare: 0.99,
  othersPercent: 25,
  clockSkewMs: 1,
};

const worst = (values: number[]): number => (values.length ? Math.max(...values) : Number.NaN);

export function wallMedians(runs: WallRun[]): Record<string, number> {
  const m: Record<string, number> = {};
  if (runs.length === 0) return m;
  const med = (pick: (r: WallRun) => number | undefined): number =>
    median(runs.map((r) => pick(r) ?? Number.NaN));
  for (const side of ['wall', 'bare'] as const) {
    for (const k of ['p50', 'p95', 'p99', 'max', 'mean'] as const) {
      m[`${side}.latency.${k}`] = med((r) => r[side].latency[k]);
    }
    m[`${side}.afterPaint.p95`] = med((r) => r[side].afterPaint.p95);
    m[`${side}.committed`] = med((r) => r[side].committed);
    m[`${side}.painted`] = med((r) => r[side].painted);
    m[`${side}.paintedShare`] = med((r) => r[side].painted / r[side].committed);
    m[`${side}.titleMissing`] = worst(runs.map((r) => r[side].titleMissing));
    m[`${side}.frames.p50`] = med((r) => r[side].page.frames.p50);
    m[`${side}.frames.p95`] = med((r) => r[side].page.frames.p95);
    m[`${side}.frames.max`] = worst(runs.map((r) => r[side].page.frames.max));
    m[`${side}.frames.over50`] = med((r) => r[side].page.frames.over50);
    m[`${side}.longTasks.count`] = med((r) => r[side].page.longTasks.count);
    m[`${side}.longTasks.max`] = worst(runs.map((r) => r[side].page.longTasks.maxMs));
    m[`${side}.load.achievedRateHz`] = med((r) => r[side].load.achievedRateHz);
    m[`${side}.load.failed`] = worst(runs.map((r) => r[side].load.failed));
    m[`${side}.load.rest.p99`] = med((r) => r[side].load.rest.p99);
    m[`${side}.clockSkewAbs`] = worst(runs.map((r) => Math.abs(r[side].clockSkewMs)));
    for (const k of ['server', 'chromium', 'load', 'clients', 'orchestrator', 'host', 'others'] as const) {
      m[`${side}.cpu.${k}`] = med((r) => r[side].cpu[k]);
    }
  }
  for (const k of ['p50', 'p95', 'p99'] as const) m[`ratio.${k}`] = med((r) => r.ratios[k]);
  const pans = runs.filter((r) => r.pan !== null);
  if (pans.length > 0) {
    m['pan.frames.p50'] = median(pans.map((r) => r.pan?.page.frames.p50 ?? Number.NaN));
    m['pan.frames.p95'] = median(pans.map((r) => r.pan?.page.frames.p95 ?? Number.NaN));
    m['pan.frames.max'] = worst(pans.map((r) => r.pan?.page.frames.max ?? Number.NaN));
    m['pan.longTasks.count'] = median(pans.map((r) => r.pan?.page.longTasks.count ?? Number.NaN));
    m['pan.longTasks.max'] = worst(pans.map((r) => r.pan?.page.longTasks.maxMs ?? Number.NaN));
    m['pan.markers'] = median(pans.map((r) => r.pan?.markersLoaded ?? Number.NaN));
  }
  return m;
}

/** Why a latency figure may not mean what it says, per side; empty when every check holds. */
export function caveats(m: Record<string, number>, rateHz: number, sides: ('wall' | 'bare')[]): string[] {
  const out: string[] = [];
  const v = (k: string): number => m[k] ?? Number.NaN;
  for (const s of sides) {
    if (!(v(`${s}.load.achievedRateHz`) >= 0.95 * rateHz))
      out.push(`${s}: load ${v(`${s}.load.achievedRateHz`).toFixed(1)}/s < 95 % of ${rateHz}/s`);
    if (v(`${s}.load.failed`) > 0) out.push(`${s}: ${v(`${s}.load.failed`)} creates failed`);
    if (!(v(`${s}.paintedShare`) >= LIMITS.paintedShare))
      out.push(
        `${s}: only ${(100 * v(`${s}.paintedShare`)).toFixed(0)} % of the window's orders became a row ` +
          '(percentiles are of those that did)',
      );
    if (v(`${s}.titleMissing`) > 0)
      out.push(`${s}: ${v(`${s}.titleMissing`)} rows painted without their title`);
    if (!(v(`${s}.cpu.others`) < LIMITS.othersPercent))
      out.push(`${s}: other work on the machine ${v(`${s}.cpu.others`).toFixed(0)} % of a core`);
    if (!(v(`${s}.clockSkewAbs`) <= LIMITS.clockSkewMs))
      out.push(`${s}: page and load clocks differ by ${v(`${s}.clockSkewAbs`).toFixed(2)} ms (corrected)`);
  }
  return out;
}

/** Why the pan's frames may not describe a pan over the wanted number of markers. */
function panCaveats(runs: WallRun[], markers: number): string[] {
  const out: string[] = [];
  if (runs.some((x) => x.pan === null)) out.push('the pan was not measured (no map on the wall)');
  if (runs.some((x) => x.pan && !x.pan.moved)) out.push('the drags did not move the map');
  const loaded = runs.map((x) => x.pan?.markersLoaded).filter((n): n is number => typeof n === 'number');
  if (loaded.some((n) => n < markers)) out.push(`the map loaded fewer than ${markers} markers`);
  const others = worst(runs.map((x) => x.pan?.othersCpuPercent ?? 0));
  if (!(others < LIMITS.othersPercent))
    out.push(`pan: other work on the machine ${others.toFixed(0)} % of a core`);
  return out;
}

function target(
  name: string,
  value: number,
  limit: number,
  [runsPassing, of]: [number, number],
  caveatList: string[],
): WallTarget {
  return {
    of,
    name,
    value,
    limit,
    pass: value <= limit,
    runsPassing,
    trustworthy: caveatList.length === 0,
    caveats: caveatList,
  };
}

export function wallTargets(r: Omit<WallResult, 'targets'>): WallTarget[] {
  const m = r.median;
  const out: WallTarget[] = [];
  const runs = r.runs;
  if (runs.length > 0) {
    const wallCaveats = caveats(m, r.options.rateHz, ['wall']);
    const both = caveats(m, r.options.rateHz, ['wall', 'bare']);
    out.push(
      target(
        `p95 commit → order title painted on ${WALL_PATH} ≤ ${LIMITS.p95Ms} ms`,
        m['wall.latency.p95'] ?? Number.NaN,
        LIMITS.p95Ms,
        [runs.filter((x) => x.wall.latency.p95 <= LIMITS.p95Ms).length, runs.length],
        wallCaveats,
      ),
      target(
        `p95 ≤ ${LIMITS.ratioP95} × bare page p95 (same run)`,
        m['ratio.p95'] ?? Number.NaN,
        LIMITS.ratioP95,
        [runs.filter((x) => x.ratios.p95 <= LIMITS.ratioP95).length, runs.length],
        both,
      ),
    );
    // Under load and while panning: the worse of the two medians must hold.
    const frameRuns = runs.map((x) => Math.max(x.wall.page.frames.p50, x.pan?.page.frames.p50 ?? 0));
    const panNotes = panCaveats(runs, r.options.markers);
    out.push(
      target(
        `median frame interval ≤ ${LIMITS.frameP50Ms} ms (under load and while panning)`,
        median(frameRuns),
        LIMITS.frameP50Ms,
        [frameRuns.filter((v) => v <= LIMITS.frameP50Ms).length, runs.length],
        [...wallCaveats, ...panNotes],
      ),
    );
    const ltRuns = runs.map((x) => Math.max(x.wall.page.longTasks.maxMs, x.pan?.page.longTasks.maxMs ?? 0));
    out.push(
      target(
        `no long task over ${LIMITS.longTaskMs} ms (worst run, under load and while panning)`,
        worst(ltRuns),
        LIMITS.longTaskMs,
        [ltRuns.filter((v) => v <= LIMITS.longTaskMs).length, runs.length],
        [...wallCaveats, ...panNotes],
      ),
    );
  }
  if (r.js) {
    const js = r.js;
    out.push(
      target(
        `JavaScript transferred for ${WALL_PATH} ≤ ${LIMITS.jsKB} KB`,
        js.transferredKB,
        LIMITS.jsKB,
        [js.transferredKB <= LIMITS.jsKB ? 1 : 0, 1],
        js.compressed
          ? []
          : [
              `the server does not compress: raw bytes on the wire (gzip would be ${js.gzipKB.toFixed(0)} KB)`,
            ],
      ),
    );
  }
  if (r.soak) {
    const s = r.soak;
    const soakCaveats = [
      ...(s.reloads > 0 ? [`the page reloaded ${s.reloads} time(s): the heap was reset`] : []),
      ...(s.ordersAfter <= s.ordersBefore ? ['the simulator created no orders'] : []),
      ...(s.page.rows === 0 ? ['no order row appeared on the wall after the warm-up'] : []),
    ];
    out.push(
      target(
        `post-GC heap growth over the ${s.minutes}-min soak ≤ ${LIMITS.heapGrowthPercent} %`,
        s.growthPercent,
        LIMITS.heapGrowthPercent,
        [s.growthPercent <= LIMITS.heapGrowthPercent ? 1 : 0, 1],
        soakCaveats,
      ),
    );
  }
  return out;
}
