import { buildIfStale } from '../../../scripts/lib/build-if-stale';
import { ROOT } from '../children';
import type { Options } from '../options';
import { machine } from '../report';
import type { JsWeight } from './js-weight';
import { runSoak, type SoakResult } from './soak';
import { wallMedians, wallTargets, type WallResult } from './wall-figures';
import { WALL_METHOD, wallMarkdown, writeWallResults } from './wall-markdown';
import type { Part, WallOptions } from './wall-options';
import { wallRun, type WallRun } from './wall-run';

type Log = (msg: string) => void;

/**
 * The wall part of `npm run bench`: `w.runs` runs of the latency phases + pan (+ the JavaScript
 * weight in run 1), then the soak; writes bench/results/wall-<time>.{json,md} and prints the
 * targets with PASS/MISS. `tempDir` gives each server a fresh data dir (deleted by the caller).
 */
export async function runWallBench(
  o: Options,
  w: WallOptions,
  parts: Part[],
  tempDir: (prefix: string) => string,
  log: Log,
): Promise<void> {
  const startedAt = new Date();
  const t0 = performance.now();
  // The wall is measured as built: dist/ must match the client sources.
  if (await buildIfStale(ROOT, log)) log('client rebuilt');
  const runs: WallRun[] = [];
  if (parts.includes('wall')) {
    log(
      `wall: ${w.runs} run(s) × (wall + bare page): ${o.sockets} sockets, ${o.rateHz}/s, ` +
        `${w.warmupS} s warm-up + ${w.durationS} s measured; pan over ${w.markers} orders for ${w.panS} s`,
    );
    for (let i = 0; i < w.runs; i++) runs.push(await wallRun(o, w, i, tempDir('gc-bench-wall-'), log));
  }
  let soak: SoakResult | null = null;
  if (parts.includes('soak')) {
    log(
      `soak: ${w.soakMinutes} min at SIM_SPEED=${w.soakSpeed}, first heap reading after ${w.soakWarmupS} s`,
    );
    soak = await runSoak(w, tempDir('gc-bench-soak-'), log);
    log(
      `soak: heap ${soak.warm.usedMiB.toFixed(2)} → ${soak.end.usedMiB.toFixed(2)} MiB (${soak.growthPercent.toFixed(1)} %)`,
    );
  }
  const js: JsWeight | null = runs[0]?.js ?? null;
  const partial: Omit<WallResult, 'targets'> = {
    benchmark: 'wall',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    elapsedS: (performance.now() - t0) / 1000,
    parts,
    options: { ...w, sockets: o.sockets, rateHz: o.rateHz, quietWaitS: o.quietWaitS, quick: o.quick },
    machine: machine(),
    method: WALL_METHOD,
    median: wallMedians(runs),
    runs,
    js,
    soak,
  };
  const result: WallResult = { ...partial, targets: wallTargets(partial) };
  const md = wallMarkdown(result);
  const files = writeWallResults(result, md, o.outDir);
  process.stdout.write(`${md}\n`);
  for (const t of result.targets) {
    const trust = t.trustworthy ? '' : `  [not trustworthy: ${t.caveats.join('; ')}]`;
    process.stdout.write(
      `${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.value.toFixed(2)} (limit ${t.limit})${trust}\n`,
    );
  }
  process.stdout.write(`\nWrote ${files.join(', ')}\n`);
}
