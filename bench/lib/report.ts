import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import type { Options } from './options';
import type { PhaseFigures } from './measure';
import { median, type Summary } from './stats';
import { checks, failing, type Check } from './validity';

export interface Ratios {
  p50: number;
  p95: number;
  p99: number;
}

export interface RunResult {
  index: number;
  order: ('ours' | 'bare')[];
  /** write(4 KiB) + fsync in this run's fresh data dir, ms. */
  fsync: Summary;
  ours: PhaseFigures;
  bare: PhaseFigures;
  /** ours / bare of the same run. */
  ratios: Ratios;
}

export interface Target {
  name: string;
  value: number;
  limit: number;
  pass: boolean;
  /** In how many single runs the target held. */
  runsPassing: number;
  /** False when a validity check behind the figure failed; `caveats` says which. */
  trustworthy: boolean;
  caveats: string[];
}

export interface Machine {
  cpuModel: string;
  cpus: number;
  totalMemMiB: number;
  node: string;
  os: string;
}

export interface BenchResult {
  benchmark: 'realtime';
  startedAt: string;
  finishedAt: string;
  elapsedS: number;
  options: Options;
  machine: Machine;
  method: Record<string, string>;
  median: Record<string, number>;
  targets: Target[];
  runs: RunResult[];
}

/** How each figure is obtained; copied into the JSON so a result file explains itself. */
export const METHOD: Record<string, string> = {
  latency:
    'Per event per socket: receipt wall-clock time in the client process (performance.timeOrigin + performance.now(), taken first thing in the read callback of the TCP socket, before the bytes are parsed, and shared by the messages of that read) minus payload.at. seq and `at` are read from the frame bytes (the first `"seq":` and `"at":"` after the event name, the top-level keys of the payload; `at` decoded as YYYY-MM-DDTHH:MM:SS.mmm±hh:mm); every 100th message is checked against a full JSON.parse + Date.parse and a difference counts as an error. The server stamps `at` immediately before the single transaction that writes the order and its event, so the figure includes the commit itself (with its WAL fsync) and is conservative; `at` is truncated to whole ms, which adds 0-1 ms (0.5 ms on average) to every sample, for both servers alike.',
  window:
    'Only events whose `at` falls inside the measured window count (after the warm-up). After the window the orchestrator waits for in-flight commands (at most 10 s) and then until the client process has had no new delivery for 1 s (at most 30 s), so late deliveries are measured, not lost. missing = distinct events × sockets − samples. A command that waits in the HTTP layer before its handler runs is not in the latency (its `at` is stamped later): that queueing shows in the REST round trip and in events/s below the offered rate.',
  load: 'REST commands from the orchestrator process (node:http, at most 64 keep-alive connections) at a fixed rate on an absolute schedule (open loop: no tick waits for an earlier response; a late timer catches up). Mix per 10 commands: 6 creates, 2 registers, 2 dispatches (a register or dispatch with no order in the needed state yet becomes a create); each write carries a fresh Idempotency-Key, one operator session.',
  clients:
    'One separate Node process holds all sockets: bench/lib/raw-client.ts, a minimal socket.io client on node:net (HTTP Upgrade with the session cookie, WebSocket framing, engine.io open/ping/pong, socket.io connect `40`), one engine.io connection per socket, all reads into one shared buffer through net onread, no JSON.parse on the hot path. The same code for both servers. (Before 2026-11-27T22 the client was socket.io-client at ~40 µs CPU per delivery, which saturated a core and starved both servers on a 2-core machine.) Ours: each socket logs in as its own session, users wall/leader/operator round-robin (all see every order, so every socket gets every event).',
  bare: 'bench/bare-server.ts: socket.io 4.8.4 on node:http, no auth, no DB; every 1/rate s it emits to all sockets one of the payloads socket 0 captured from the real server (same event names, same bytes, fresh seq and `at` stamped just before the emit). Its run has no REST load generator running in the orchestrator.',
  cpu: 'utime + stime of the process (all threads) from /proc/<pid>/stat over the measured window, as % of one core. The whole machine from /proc/stat over the same window; "other processes" = machine busy − server − client process − orchestrator, i.e. work on the host that is not this benchmark. Each phase first waits (up to --quiet-wait s) for a second in which the machine is below 30 % of one core busy.',
  rss: 'VmRSS from /proc/<pid>/status sampled every 200 ms over the window (peak) and at its end; VmHWM is the lifetime peak including startup and logins.',
  fsync:
    'In each run the fresh data directory gets 200 × (write 4 KiB appended + fsyncSync) before the server starts; p50/p99 of those.',
  median:
    'Each figure is the median over runs of that figure; ratios are the median of the per-run ours/bare ratios.',
};

export function machine(): Machine {
  const c = cpus();
  return {
    cpuModel: c[0]?.model ?? 'unknown',
    cpus: c.length,
    totalMemMiB: Math.round(totalmem() / 1048576),
    node: process.version,
    os: `${osType()} ${release()} ${process.arch}`,
  };
}

const med = (runs: RunResult[], pick: (r: RunResult) => number | undefined): number =>
  median(runs.map((r) => pick(r) ?? Number.NaN));

/** The median over runs of every figure the table shows. */
export function medians(runs: RunResult[]): Record<string, number> {
  const m: Record<string, number> = {};
  for (const side of ['ours', 'bare'] as const) {
    for (const k of ['p50', 'p95', 'p99', 'p999', 'max', 'mean'] as const) {
      m[`${side}.latency.${k}`] = med(runs, (r) => r[side].clients.latency[k]);
    }
    m[`${side}.server.cpuPercent`] = med(runs, (r) => r[side].server.cpuPercent);
    m[`${side}.server.rssPeakMiB`] = med(runs, (r) => r[side].server.rssPeakMiB);
    m[`${side}.server.rssEndMiB`] = med(runs, (r) => r[side].server.rssEndMiB);
    m[`${side}.server.hwmMiB`] = med(runs, (r) => r[side].server.hwmMiB);
    m[`${side}.clientProcess.cpuPercent`] = med(runs, (r) => r[side].clientProcess.cpuPercent);
    m[`${side}.orchestratorCpuPercent`] = med(runs, (r) => r[side].orchestratorCpuPercent);
    m[`${side}.host.busyPercent`] = med(runs, (r) => r[side].host.busyPercent);
    m[`${side}.host.othersPercent`] = med(runs, (r) => r[side].host.othersPercent);
    m[`${side}.host.stealPercent`] = med(runs, (r) => r[side].host.stealPercent);
    m[`${side}.events`] = med(runs, (r) => r[side].clients.events);
    m[`${side}.eventsPerS`] = med(runs, (r) => r[side].clients.events / r[side].windowS);
    m[`${side}.deliveries`] = med(runs, (r) => r[side].clients.deliveries);
    m[`${side}.missing`] = med(runs, (r) => r[side].clients.missing);
    m[`${side}.meanPayloadBytes`] = med(runs, (r) => r[side].clients.meanPayloadBytes);
    // CPU cost per unit of work: what decides how many sockets and events one core carries.
    m[`${side}.server.cpuMsPerEvent`] = med(
      runs,
      (r) => (r[side].server.cpuPercent * 10) / (r[side].clients.events / r[side].windowS),
    );
    m[`${side}.clientProcess.cpuUsPerDelivery`] = med(
      runs,
      (r) => (r[side].clientProcess.cpuPercent * 1e4) / (r[side].clients.deliveries / r[side].windowS),
    );
    m[`${side}.clientLoopDelay.p99`] = med(runs, (r) => r[side].clients.loopDelayMs.p99);
    m[`${side}.clientLoopDelay.max`] = med(runs, (r) => r[side].clients.loopDelayMs.max);
    m[`${side}.parseChecks`] = med(runs, (r) => r[side].clients.parseChecks);
    // An error count: the worst run, not the median, so one bad run is not voted away.
    m[`${side}.parseErrors`] = Math.max(
      ...runs.map((r) => (r[side].clients.parseMismatches ?? 0) + (r[side].clients.protocolErrors ?? 0)),
    );
  }
  for (const k of ['p50', 'p95', 'p99'] as const) m[`ratio.${k}`] = med(runs, (r) => r.ratios[k]);
  m['fsync.p50'] = med(runs, (r) => r.fsync.p50);
  m['fsync.p99'] = med(runs, (r) => r.fsync.p99);
  m['load.rest.p50'] = med(runs, (r) => r.ours.load?.rest.p50);
  m['load.rest.p99'] = med(runs, (r) => r.ours.load?.rest.p99);
  m['load.achievedRateHz'] = med(runs, (r) => r.ours.load?.achievedRateHz);
  m['load.failed'] = med(runs, (r) => r.ours.load?.failed);
  m['load.unfinished'] = med(runs, (r) => r.ours.load?.unfinished);
  return m;
}

export function targets(runs: RunResult[], m: Record<string, number>, all: Check[]): Target[] {
  const p50 = m['ours.latency.p50'] ?? Number.NaN;
  const ratio = m['ratio.p99'] ?? Number.NaN;
  const oursCaveats = failing(all, ['ours']);
  const bothCaveats = failing(all, ['ours', 'bare']);
  return [
    {
      name: 'p50 commit → client ≤ 10 ms',
      value: p50,
      limit: 10,
      pass: p50 <= 10,
      runsPassing: runs.filter((r) => r.ours.clients.latency.p50 <= 10).length,
      trustworthy: oursCaveats.length === 0,
      caveats: oursCaveats,
    },
    {
      name: 'p99 ≤ 2 × bare p99 (same run)',
      value: ratio,
      limit: 2,
      pass: ratio <= 2,
      runsPassing: runs.filter((r) => r.ratios.p99 <= 2).length,
      trustworthy: bothCaveats.length === 0,
      caveats: bothCaveats,
    },
  ];
}

const f = (v: number | undefined, digits = 2): string =>
  v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits);

export function markdown(r: BenchResult): string {
  const m = r.median;
  const g = (k: string): number | undefined => m[k];
  const row = (label: string, key: string, digits = 2, ratio?: string): string =>
    `| ${label} | ${f(g(`ours.${key}`), digits)} | ${f(g(`bare.${key}`), digits)} | ${ratio ? f(g(ratio)) : '—'} |`;
  const lines = [
    `# Realtime benchmark — ${r.startedAt}`,
    '',
    `${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.totalMemMiB} MiB, Node ${r.machine.node}, ${r.machine.os}.`,
    `${r.options.sockets} logged-in sockets in one client process, ${r.options.rateHz} commands/s, ` +
      `${r.options.warmupS} s warm-up + ${r.options.durationS} s measured, median of ${r.runs.length} run(s)` +
      `${r.options.quick ? ' (quick smoke run)' : ''}; the whole benchmark took ${f(r.elapsedS, 0)} s.`,
    '',
    `## Median of ${r.runs.length} run(s)`,
    '',
    '| Figure | GridCommand | Bare socket.io | Ratio ours/bare |',
    '|---|---:|---:|---:|',
    row('Commit → client p50 (ms)', 'latency.p50', 2, 'ratio.p50'),
    row('Commit → client p95 (ms)', 'latency.p95', 2, 'ratio.p95'),
    row('Commit → client p99 (ms)', 'latency.p99', 2, 'ratio.p99'),
    row('Commit → client p99.9 (ms)', 'latency.p999'),
    row('Commit → client max (ms)', 'latency.max'),
    row('Commit → client mean (ms)', 'latency.mean'),
    row('Server CPU (% of one core)', 'server.cpuPercent', 1),
    row('Server CPU per event (ms)', 'server.cpuMsPerEvent', 2),
    row('Server RSS peak in window (MiB)', 'server.rssPeakMiB', 1),
    row('Server RSS at end (MiB)', 'server.rssEndMiB', 1),
    row('Server VmHWM, lifetime (MiB)', 'server.hwmMiB', 1),
    row('Client process CPU (% of one core)', 'clientProcess.cpuPercent', 1),
    row('Client process CPU per delivery (µs)', 'clientProcess.cpuUsPerDelivery', 1),
    row('Client event-loop delay p99 (ms)', 'clientLoopDelay.p99', 1),
    row('Client event-loop delay max (ms)', 'clientLoopDelay.max', 1),
    row('Orchestrator CPU (% of one core)', 'orchestratorCpuPercent', 1),
    row('Whole machine busy (% of one core)', 'host.busyPercent', 1),
    row('Other processes on the machine (% of one core)', 'host.othersPercent', 1),
    row('CPU steal (% of one core)', 'host.stealPercent', 1),
    row('Events in window', 'events', 0),
    row('Events/s', 'eventsPerS', 1),
    row('Deliveries (events × sockets)', 'deliveries', 0),
    row('Missing deliveries', 'missing', 0),
    row('Fast-parse checks against JSON.parse', 'parseChecks', 0),
    row('Parse mismatches + protocol errors (worst run)', 'parseErrors', 0),
    row('Mean payload (JSON bytes)', 'meanPayloadBytes', 0),
    '',
    `Load: ${f(g('load.achievedRateHz'), 1)} commands/s achieved, REST round trip p50 ${f(g('load.rest.p50'))} ms / ` +
      `p99 ${f(g('load.rest.p99'))} ms, ${f(g('load.failed'), 0)} failed, ${f(g('load.unfinished'), 0)} still unanswered after the drain.`,
    `Disk: write 4 KiB + fsync p50 ${f(g('fsync.p50'))} ms / p99 ${f(g('fsync.p99'))} ms (the server commits with WAL + synchronous=FULL).`,
    '',
    '## Targets',
    '',
    '| Target | Median | Limit | Runs passing | Result | Trustworthy |',
    '|---|---:|---:|---:|---|---|',
    ...r.targets.map(
      (t) =>
        `| ${t.name} | ${f(t.value)} | ${f(t.limit, 0)} | ${t.runsPassing}/${r.runs.length} | ` +
        `${t.pass ? 'PASS' : 'MISS'} | ${t.trustworthy ? 'yes' : `no — ${t.caveats.join('; ')}`} |`,
    ),
    '',
    '## Validity checks (medians)',
    '',
    'The latency figures mean what they say only if the load really arrived and the measuring side kept up.',
    '',
    '| Check | GridCommand | Bare socket.io |',
    '|---|---|---|',
    ...validity(r),
    '',
    '## Per run',
    '',
    '| Run | Order | Ours p50 | Ours p95 | Ours p99 | Bare p50 | Bare p95 | Bare p99 | p99 ratio | Ours CPU % | Bare CPU % | Client CPU % ours/bare | Events/s ours/bare | Ours RSS peak | fsync p50 | fsync p99 | Missing ours/bare | Others CPU % ours/bare |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---|---|',
    ...r.runs.map((x) => {
      const o = x.ours.clients.latency;
      const b = x.bare.clients.latency;
      return (
        `| ${x.index + 1} | ${x.order.join('→')} | ${f(o.p50)} | ${f(o.p95)} | ${f(o.p99)} | ${f(b.p50)} | ${f(b.p95)} | ` +
        `${f(b.p99)} | ${f(x.ratios.p99)} | ${f(x.ours.server.cpuPercent, 1)} | ${f(x.bare.server.cpuPercent, 1)} | ` +
        `${f(x.ours.clientProcess.cpuPercent, 1)}/${f(x.bare.clientProcess.cpuPercent, 1)} | ` +
        `${f(x.ours.clients.events / x.ours.windowS, 1)}/${f(x.bare.clients.events / x.bare.windowS, 1)} | ` +
        `${f(x.ours.server.rssPeakMiB, 1)} | ${f(x.fsync.p50)} | ${f(x.fsync.p99)} | ${x.ours.clients.missing}/${x.bare.clients.missing} | ` +
        `${f(x.ours.host.othersPercent, 0)}/${f(x.bare.host.othersPercent, 0)} |`
      );
    }),
    '',
    '## Method',
    '',
    ...Object.entries(r.method).map(([k, v]) => `- **${k}**: ${v}`),
    '',
  ];
  return lines.join('\n');
}

function validity(r: BenchResult): string[] {
  const all = checks(r.median, r.options.rateHz);
  const cell = (side: 'ours' | 'bare', name: string): string => {
    const c = all.find((x) => x.side === side && x.name === name);
    return c ? `${f(c.value, c.digits)} — ${c.ok ? 'yes' : '**no**'}` : '—';
  };
  const names = [...new Set(all.map((c) => c.name))];
  return names.map((n) => `| ${n} | ${cell('ours', n)} | ${cell('bare', n)} |`);
}

/** Writes realtime-<time>.json and .md; a full run also replaces latest-realtime.md. */
export function writeResults(r: BenchResult, md: string): string[] {
  mkdirSync(r.options.outDir, { recursive: true });
  const stamp = r.startedAt.replace(/[:.]/g, '-');
  const base = join(r.options.outDir, `realtime-${stamp}${r.options.quick ? '-quick' : ''}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(`${base}.md`, md);
  const files = [`${base}.json`, `${base}.md`];
  if (!r.options.quick) {
    const latest = join(r.options.outDir, 'latest-realtime.md');
    writeFileSync(latest, md);
    files.push(latest);
  }
  return files;
}
