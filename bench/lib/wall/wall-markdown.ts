import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caveats, LIMITS, type WallResult } from './wall-figures';
import type { WallRun } from './wall-run';

/** How each figure is obtained; copied into the JSON so a result file explains itself. */
export const WALL_METHOD: Record<string, string> = {
  latency:
    'Per order created in the window: commit = wall-clock time (performance.timeOrigin + performance.now()) at which the load process had read the REST 201 of POST /api/work-orders (the realtime benchmark\'s "commit"); painted = in the page, a MutationObserver installed before the app (addInitScript) notes the new row `[data-order-id=<id>]` of the ticker, and the time is taken in the next requestAnimationFrame callback (the frame that shows the row), same clock. Both clocks are measured against Date.now() (sampled at random phases of the millisecond in both processes) and the difference is subtracted. Matched by order id; the row\'s text must contain the order\'s title. "After paint" is the task after that frame (a message posted from the rAF callback), i.e. the frame\'s main-thread work done. A negative value is possible in principle (the socket event can beat the HTTP response) and kept as measured.',
  load: "A separate Node process (bench/wall-load.ts): one operator session, node:http keep-alive (≤ 64 connections), creates only, open loop at the offered rate on an absolute schedule; titles unique per phase (`大屏压测 r<run><page>-NNNNNN`), locations spread over the town's basic grids. The clients process (bench/clients.ts, raw socket.io clients) holds the other sockets, each logged in as wall/leader/operator round-robin, all receiving every event.",
  pages:
    "Chromium (Debian /usr/bin/chromium, headless, --disable-gpu, via playwright-core; --enable-precise-memory-info), 1920×1080, zh-CN, a fresh context per phase logged in as `wall`. The wall page is /wall as built in dist/. The bare page is served at the app's own origin (route /bench-bare) with socket.io-client 4.8.4's browser build; on each work-order:created it prepends a div with the title (keeping 50). One page at a time; the order wall/bare alternates between runs; each page gets the same warm-up and window.",
  frames:
    'requestAnimationFrame deltas in the page over the window (0.1 ms histogram), long tasks from PerformanceObserver({type:"longtask", buffered:true}) over the window. The probe\'s rAF loop keeps Chromium producing frames at 60 Hz also when the page would be idle.',
  pan: "After the latency phases the open orders are topped up over REST (32 in parallel, real creates) to the wanted count; a fresh wall page (the map scene, else the default wall) loads them; then, for the pan's seconds, repeated mouse drags over the map container (down at its centre, 20 moves of 12 px, one every 16 ms, up; right, down, left, up in turn), recording frames and long tasks.",
  js: 'A fresh context (empty cache, cache disabled) loads /wall; DevTools protocol Network events: every response of type Script, Network.loadingFinished encodedDataLength (bytes on the wire incl. response headers), up to network idle. The gzip figure compresses the same bodies here at the default level, to show what the wire would carry if the server compressed. KB = 1000 bytes.',
  soak: "The real server with SIMULATOR=on at SIM_SPEED=<speed> (SIM_RATE default); before it, the same data directory runs with the simulator at SIM_SPEED=200 until the open orders reach the level a running town settles at (MAX_OPEN_ORDERS − 15 = 235) and 20 s more; that server stops and the soak's starts on the same directory (a fresh town takes about 8 min at SIM_SPEED=20 to fill up, and a heap compared across that rise measures the town filling up); then the default /wall open in Chromium; after the warm-up, every minute and at the end: DevTools HeapProfiler.collectGarbage twice, then Runtime.getHeapUsage usedSize, and Memory.getDOMCounters — three such readings 5 s apart, the smallest kept (one reading swings by ±1.5 MiB as DOM built for the current data comes and goes; a leak raises the floor). Growth = end / after-warm-up − 1. A page reload in between (the heap watchdog) would reset the heap, so it is counted and voids the figure.",
  cpu: 'utime + stime from /proc over the window, % of one core: the server, the load process, the clients process, this orchestrator and all Chromium processes; "others" = whole machine busy − all of those.',
  median:
    'Each figure is the median over runs; ratios are the median of the per-run wall/bare ratios; "max" and long-task figures are the worst run.',
};

const f = (v: number | undefined | null, digits = 1): string =>
  v === undefined || v === null || !Number.isFinite(v) ? '—' : v.toFixed(digits);

function latencySection(r: WallResult): string[] {
  const m = r.median;
  const o = r.options;
  const row = (label: string, key: string, digits = 1, ratio?: string): string =>
    `| ${label} | ${f(m[`wall.${key}`], digits)} | ${f(m[`bare.${key}`], digits)} | ${ratio ? f(m[ratio], 2) : '—'} |`;
  return [
    `## Commit → painted, median of ${r.runs.length} run(s)`,
    '',
    `${o.sockets} other sockets connected, ${o.rateHz} creates/s from a separate process, ` +
      `${o.warmupS} s warm-up + ${o.durationS} s measured per page.`,
    '',
    '| Figure | /wall | Bare page | Ratio wall/bare |',
    '|---|---:|---:|---:|',
    row('Commit → painted p50 (ms)', 'latency.p50', 1, 'ratio.p50'),
    row('Commit → painted p95 (ms)', 'latency.p95', 1, 'ratio.p95'),
    row('Commit → painted p99 (ms)', 'latency.p99', 1, 'ratio.p99'),
    row('Commit → painted max (ms, worst run)', 'latency.max', 0),
    row('Commit → after paint p95 (ms)', 'afterPaint.p95'),
    row('Orders committed in the window', 'committed', 0),
    row('… of which painted as a row', 'painted', 0),
    row('Rows without their title (worst run)', 'titleMissing', 0),
    row('Frame interval p50 (ms)', 'frames.p50', 2),
    row('Frame interval p95 (ms)', 'frames.p95', 2),
    row('Frame interval max (ms, worst run)', 'frames.max', 0),
    row('Frames over 50 ms', 'frames.over50', 0),
    row('Long tasks', 'longTasks.count', 0),
    row('Longest task (ms, worst run)', 'longTasks.max', 0),
    row('Load achieved (creates/s)', 'load.achievedRateHz'),
    row('REST round trip p99 (ms)', 'load.rest.p99'),
    row('Server CPU (% of one core)', 'cpu.server', 0),
    row('Chromium CPU, all processes (%)', 'cpu.chromium', 0),
    row('Clients process CPU (%)', 'cpu.clients', 0),
    row('Load process CPU (%)', 'cpu.load', 0),
    row('Other work on the machine (%)', 'cpu.others', 0),
    row('Page/load clock difference, corrected (ms, worst)', 'clockSkewAbs', 2),
    '',
    ...(() => {
      const c = caveats(m, o.rateHz, ['wall', 'bare']);
      return c.length ? ['Caveats: ' + c.join('; ') + '.', ''] : [];
    })(),
  ];
}

function panSection(r: WallResult): string[] {
  const m = r.median;
  const pans = r.runs.filter((x) => x.pan);
  if (r.runs.length === 0) return [];
  if (pans.length === 0)
    return ['## Pan', '', 'Not measured: no page of the wall showed the map container.', ''];
  const p = pans[0]?.pan;
  return [
    `## Pan over ${r.options.markers} open orders`,
    '',
    `On ${p?.path}: ${p?.drags} drags in ${r.options.panS} s (the map ${p?.moved ? 'moved' : '**did not move**'}); ` +
      `markers loaded by the page: ${f(m['pan.markers'], 0)}; Chromium CPU ${f(p?.chromiumCpuPercent, 0)} %, ` +
      `server ${f(p?.serverCpuPercent, 0)} %, ` +
      `other work ${f(p?.othersCpuPercent, 0)} % of a core (run 1). Before the pan, loading the page and drawing ` +
      `the markers: ${p?.loadLongTasks.count} long task(s), longest ${f(p?.loadLongTasks.maxMs, 0)} ms (run 1; not a target).`,
    '',
    '| Frame p50 (ms) | Frame p95 (ms) | Frame max (ms, worst) | Long tasks | Longest task (ms, worst) |',
    '|---:|---:|---:|---:|---:|',
    `| ${f(m['pan.frames.p50'], 2)} | ${f(m['pan.frames.p95'], 2)} | ${f(m['pan.frames.max'], 0)} | ` +
      `${f(m['pan.longTasks.count'], 0)} | ${f(m['pan.longTasks.max'], 0)} |`,
    '',
  ];
}

function jsSection(r: WallResult): string[] {
  const js = r.js;
  if (!js) return [];
  return [
    '## JavaScript for /wall',
    '',
    `${f(js.transferredKB)} KB transferred in ${js.scripts.length} script(s); ` +
      `${js.compressed ? 'compressed by the server' : '**the server does not compress** (no Content-Encoding)'}; ` +
      `decoded ${f(js.bodyKB)} KB; gzip of the same bodies ${f(js.gzipKB)} KB. All responses of the load: ${f(js.allTransferredKB)} KB.`,
    '',
    '| Script | Transferred (B) | Body (B) | gzip (B) | Content-Encoding |',
    '|---|---:|---:|---:|---|',
    ...js.scripts.map(
      (s) => `| ${s.url} | ${s.transferred} | ${s.body} | ${s.gzip} | ${s.contentEncoding ?? '—'} |`,
    ),
    '',
  ];
}

function soakSection(r: WallResult): string[] {
  const s = r.soak;
  if (!s) return [];
  return [
    `## Soak: ${s.minutes} min at SIM_SPEED=${s.speed}`,
    '',
    `Post-GC heap ${f(s.warm.usedMiB, 2)} MiB after ${s.warmupS} s, ${f(s.end.usedMiB, 2)} MiB at the end: ` +
      `growth ${f(s.growthPercent, 1)} %. Town warmed first at SIM_SPEED=${s.warmTown.speed} for ${f(s.warmTown.seconds, 0)} s to ${s.warmTown.open} open orders. Orders on the server ${s.ordersBefore} → ${s.ordersAfter}; ` +
      `${s.page.rows} new rows on the wall after the warm-up; page reloads ${s.reloads} (watchdog counter ${s.reloadCounter ?? 'unset'}). ` +
      `Frames p50 ${f(s.page.frames.p50, 2)} ms, max ${f(s.page.frames.max, 0)} ms; long tasks ${s.page.longTasks.count}, ` +
      `longest ${f(s.page.longTasks.maxMs, 0)} ms. CPU: server ${f(s.cpu.server, 0)} %, Chromium ${f(s.cpu.chromium, 0)} %.`,
    '',
    '| At (s) | Heap used (MiB) | Heap total (MiB) | DOM nodes | JS listeners | Open orders (markers) |',
    '|---:|---:|---:|---:|---:|---:|',
    ...s.samples.map(
      (h) =>
        `| ${f(h.atS, 0)} | ${f(h.usedMiB, 2)} | ${f(h.totalMiB, 2)} | ${h.nodes} | ${h.listeners} | ${h.openOrders ?? '—'} |`,
    ),
    '',
  ];
}

function perRun(runs: WallRun[]): string[] {
  if (runs.length === 0) return [];
  return [
    '## Per run',
    '',
    '| Run | Order | Wall p50 | Wall p95 | Wall p99 | Bare p50 | Bare p95 | Bare p99 | p95 ratio | Painted wall/bare | Wall frame p50 | Wall longest task | Pan frame p50 | Pan longest task | Others CPU % wall/bare |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|',
    ...runs.map(
      (x) =>
        `| ${x.index + 1} | ${x.order.join('→')} | ${f(x.wall.latency.p50)} | ${f(x.wall.latency.p95)} | ` +
        `${f(x.wall.latency.p99)} | ${f(x.bare.latency.p50)} | ${f(x.bare.latency.p95)} | ${f(x.bare.latency.p99)} | ` +
        `${f(x.ratios.p95, 2)} | ${x.wall.painted}/${x.wall.committed} · ${x.bare.painted}/${x.bare.committed} | ` +
        `${f(x.wall.page.frames.p50, 2)} | ${f(x.wall.page.longTasks.maxMs, 0)} | ${f(x.pan?.page.frames.p50, 2)} | ` +
        `${f(x.pan?.page.longTasks.maxMs, 0)} | ${f(x.wall.cpu.others, 0)}/${f(x.bare.cpu.others, 0)} |`,
    ),
    '',
  ];
}

export function wallMarkdown(r: WallResult): string {
  return [
    `# Wall benchmark — ${r.startedAt}`,
    '',
    `${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.totalMemMiB} MiB, Node ${r.machine.node}, ${r.machine.os}. ` +
      `Parts: ${r.parts.filter((p) => p !== 'realtime').join(', ')}${r.options.quick ? ' (quick smoke run)' : ''}; ` +
      `took ${f(r.elapsedS, 0)} s.`,
    '',
    '## Targets',
    '',
    '| Target | Value | Limit | Runs passing | Result | Trustworthy |',
    '|---|---:|---:|---:|---|---|',
    ...r.targets.map(
      (t) =>
        `| ${t.name} | ${f(t.value, 2)} | ${f(t.limit, Number.isInteger(t.limit) ? 0 : 1)} | ${t.runsPassing}/${t.of} | ` +
        `${t.pass ? 'PASS' : 'MISS'} | ${t.trustworthy ? 'yes' : `no — ${t.caveats.join('; ')}`} |`,
    ),
    '',
    ...latencySection(r),
    ...panSection(r),
    ...jsSection(r),
    ...soakSection(r),
    ...perRun(r.runs),
    `Limits: p95 ≤ ${LIMITS.p95Ms} ms and ≤ ${LIMITS.ratioP95} × bare; median frame ≤ ${LIMITS.frameP50Ms} ms; ` +
      `no long task over ${LIMITS.longTaskMs} ms; heap growth ≤ ${LIMITS.heapGrowthPercent} %; JS ≤ ${LIMITS.jsKB} KB.`,
    '',
    '## Method',
    '',
    ...Object.entries(r.method).map(([k, v]) => `- **${k}**: ${v}`),
    '',
  ].join('\n');
}

/**
 * Writes wall-<time>.json and .md. latest-wall.md is replaced only by a complete run (the wall
 * runs and the soak, not --quick), so the file the README cites never mixes runs.
 */
export function writeWallResults(r: WallResult, md: string, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const stamp = r.startedAt.replace(/[:.]/g, '-');
  const base = join(outDir, `wall-${stamp}${r.options.quick ? '-quick' : ''}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(`${base}.md`, md);
  const files = [`${base}.json`, `${base}.md`];
  if (!r.options.quick && r.parts.includes('wall') && r.parts.includes('soak')) {
    const latest = join(outDir, 'latest-wall.md');
    writeFileSync(latest, md);
    files.push(latest);
  }
  return files;
}
