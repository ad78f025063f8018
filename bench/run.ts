/**
 * `npm run bench`: the realtime benchmark. Per run: a fresh data dir and fsync probe, then the
 * real server under REST load with N sockets in a separate client process, and a bare socket.io
 * server sending the same payloads at the same rate to the same client code (order alternating).
 * Writes bench/results/realtime-<time>.{json,md} and prints the table with PASS/MISS per target.
 *
 * Then the wall's browser benchmark and its soak (lib/wall/wall-bench.ts), which write
 * bench/results/wall-<time>.{json,md}. `--only realtime|wall|soak` (comma-separated) picks parts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopAll } from './lib/children';
import { probeFsync } from './lib/fsync-probe';
import { parseOptions, type Options } from './lib/options';
import { runBare } from './lib/bare-phase';
import type { PhaseFigures } from './lib/measure';
import { runOurs } from './lib/ours-phase';
import type { CapturedEvent } from './lib/protocol';
import { checks } from './lib/validity';
import { runWallBench } from './lib/wall/wall-bench';
import { parseParts, parseWallOptions, splitArgs, wallBudgetMs, WALL_USAGE } from './lib/wall/wall-options';
import {
  machine,
  markdown,
  medians,
  METHOD,
  targets,
  writeResults,
  type BenchResult,
  type RunResult,
} from './lib/report';

/** Far above the realtime part (about 5 × 1 min); only a hang reaches it. The wall parts add their own budget. */
const REALTIME_LIMIT_MS = 30 * 60_000;

/** Temporary directories still to delete, also when ^C or an error ends the run early. */
const tempDirs = new Set<string>();

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

function removeTemp(dir?: string): void {
  for (const d of dir ? [dir] : [...tempDirs]) {
    rmSync(d, { recursive: true, force: true });
    tempDirs.delete(d);
  }
}

/** Children first (the server holds files in the data dir), then the directories. */
async function cleanUp(): Promise<void> {
  await stopAll();
  removeTemp();
}

const log = (msg: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
};

const brief = (p: PhaseFigures): string => {
  const l = p.clients.latency;
  return (
    `${p.kind}: p50 ${l.p50.toFixed(2)} p95 ${l.p95.toFixed(2)} p99 ${l.p99.toFixed(2)} max ${l.max.toFixed(1)} ms, ` +
    `${p.clients.events} events × ${p.clients.sockets} sockets, missing ${p.clients.missing}, ` +
    `server CPU ${p.server.cpuPercent.toFixed(0)} %, client CPU ${p.clientProcess.cpuPercent.toFixed(0)} %`
  );
};

async function oneRun(
  o: Options,
  index: number,
  scratch: string,
  captured: CapturedEvent[],
): Promise<RunResult> {
  const dataDir = tempDir('gc-bench-data-');
  try {
    const fsync = probeFsync(dataDir);
    log(`run ${index + 1}/${o.runs}: fsync p50 ${fsync.p50.toFixed(2)} ms, p99 ${fsync.p99.toFixed(2)} ms`);
    // Run 1 starts with the real server, whose events give the bare server its payloads.
    const order: ('ours' | 'bare')[] = index % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
    let ours: PhaseFigures | null = null;
    let bare: PhaseFigures | null = null;
    for (const kind of order) {
      if (kind === 'ours') {
        const r = await runOurs(o, dataDir);
        ours = r.figures;
        if (r.captured.length > 0) {
          captured.splice(0, captured.length, ...r.captured);
          writeFileSync(join(scratch, 'payloads.json'), JSON.stringify(captured));
        }
        log(`run ${index + 1}: ${brief(ours)}`);
      } else {
        if (captured.length === 0) throw new Error('no captured payloads for the bare server');
        bare = await runBare(o, join(scratch, 'payloads.json'));
        log(`run ${index + 1}: ${brief(bare)}`);
      }
    }
    if (!ours || !bare) throw new Error('a phase did not run');
    const ratio = (k: 'p50' | 'p95' | 'p99'): number => ours.clients.latency[k] / bare.clients.latency[k];
    return {
      index,
      order,
      fsync,
      ours,
      bare,
      ratios: { p50: ratio('p50'), p95: ratio('p95'), p99: ratio('p99') },
    };
  } finally {
    removeTemp(dataDir);
  }
}

async function runRealtime(o: Options): Promise<void> {
  const startedAt = new Date();
  const t0 = performance.now();
  const scratch = tempDir('gc-bench-');
  log(
    `${o.runs} run(s) × (ours + bare): ${o.sockets} sockets, ${o.rateHz}/s, ` +
      `${o.warmupS} s warm-up + ${o.durationS} s measured`,
  );
  try {
    const captured: CapturedEvent[] = [];
    const runs: RunResult[] = [];
    for (let i = 0; i < o.runs; i++) runs.push(await oneRun(o, i, scratch, captured));
    const m = medians(runs);
    const result: BenchResult = {
      benchmark: 'realtime',
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      elapsedS: (performance.now() - t0) / 1000,
      options: o,
      machine: machine(),
      method: METHOD,
      median: m,
      targets: targets(runs, m, checks(m, o.rateHz)),
      runs,
    };
    const md = markdown(result);
    const files = writeResults(result, md);
    process.stdout.write(`${md}\n`);
    for (const t of result.targets) {
      const trust = t.trustworthy ? '' : `  [not trustworthy: ${t.caveats.join('; ')}]`;
      process.stdout.write(
        `${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.value.toFixed(2)} (limit ${t.limit})${trust}\n`,
      );
    }
    process.stdout.write(`\nWrote ${files.join(', ')}\n`);
  } finally {
    removeTemp(scratch);
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) process.stdout.write(`${WALL_USAGE}\n`);
  const { rest, wall } = splitArgs(argv);
  const o = parseOptions(rest, process.env);
  const parts = parseParts(wall);
  const w = parseWallOptions(wall, o.quick);
  const limitMs = (parts.includes('realtime') ? REALTIME_LIMIT_MS : 0) + 2 * wallBudgetMs(w, parts);
  const hardLimit = setTimeout(() => {
    log(`still running after ${(limitMs / 60_000).toFixed(0)} min: giving up`);
    void cleanUp().finally(() => process.exit(2));
  }, limitMs);
  hardLimit.unref();
  try {
    if (parts.includes('realtime')) await runRealtime(o);
    if (parts.includes('wall') || parts.includes('soak')) await runWallBench(o, w, parts, tempDir, log);
  } finally {
    await cleanUp();
  }
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping the children`);
    void cleanUp().finally(() => process.exit(130));
  });
}
main().then(
  () => process.exit(0),
  async (err: unknown) => {
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    await cleanUp();
    process.exit(1);
  },
);
