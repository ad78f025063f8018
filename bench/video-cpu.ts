/**
 * `npm run bench:video` — what live tiles cost the browser: Debian Chromium's CPU (all its
 * processes, % of one core) on /console/video with 16 tiles of the built-in simulator's 640×360
 * 15 fps H.264, against the same page with 1 tile and with no tile playing, in the same run; plus the
 * server's CPU (it serves every segment) and the frames the tiles decoded and dropped. Writes
 * bench/results/video-<time>.{json,md}.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildIfStale } from '../scripts/lib/build-if-stale';
import { launchChromium } from '../tests/helpers/browser';
import { ROOT, stopChild } from './lib/children';
import { DEMO_PASSWORD } from './lib/ours-phase';
import { ProcMonitor } from './lib/proc';
import { machine } from './lib/report';
import { call, login } from './lib/rest';
import { chromiumPids, GroupCpu } from './lib/wall/wall-procs';
import { startBenchServer } from './lib/wall/wall-server';

const WARMUP_S = 10;
const MEASURE_S = 30;
const log = (msg: string): void => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Phase {
  tiles: number;
  playing: number;
  chromiumCpu: number;
  serverCpu: number;
  decodedFps: number;
  droppedFrames: number;
}

async function frames(page: Page): Promise<{ decoded: number; dropped: number; playing: number }> {
  return page.evaluate(() => {
    const videos = [...document.querySelectorAll('video')];
    return {
      decoded: videos.reduce((n, v) => n + v.getVideoPlaybackQuality().totalVideoFrames, 0),
      dropped: videos.reduce((n, v) => n + v.getVideoPlaybackQuality().droppedVideoFrames, 0),
      playing: document.querySelectorAll('[data-testid="video-tile"][data-state="playing"]').length,
    };
  });
}

async function phase(
  browser: Browser,
  baseUrl: string,
  cookie: string,
  ids: string[],
  tiles: number,
  serverPid: number,
): Promise<Phase> {
  const [name, value] = cookie.split('=') as [string, string];
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addCookies([{ name, value, url: baseUrl }]);
  const group = ids.slice(0, Math.max(1, tiles));
  await context.addInitScript(
    (list) => window.localStorage.setItem('gridcommand.video.groups', JSON.stringify(list)),
    [{ name: 'bench', cameraIds: group }],
  );
  const page = await context.newPage();
  // tiles = 0: the same page and camera list, its one tile's camera faulted offline (a still, no player).
  await page.goto(`${baseUrl}/console/video?patrol=group:bench&layout=${tiles === 16 ? 16 : 1}&paused=1`);
  await page.locator('[data-testid="video-tile"]').first().waitFor({ timeout: 30_000 });
  const want = tiles === 0 ? 0 : tiles;
  const t0 = performance.now();
  while ((await frames(page)).playing < want && performance.now() - t0 < 30_000) await sleep(250);
  await sleep(WARMUP_S * 1000);
  const before = await frames(page);
  const cpu = new GroupCpu(chromiumPids);
  const server = new ProcMonitor(serverPid);
  cpu.begin();
  server.begin();
  await sleep(MEASURE_S * 1000);
  const chromiumCpu = cpu.endPercent();
  const serverCpu = server.end().cpuPercent;
  const after = await frames(page);
  await context.close();
  return {
    tiles,
    playing: after.playing,
    chromiumCpu,
    serverCpu,
    decodedFps: (after.decoded - before.decoded) / MEASURE_S,
    droppedFrames: after.dropped - before.dropped,
  };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  if (await buildIfStale(ROOT, log)) log('client rebuilt');
  const dataDir = mkdtempSync(join(tmpdir(), 'gc-bench-video-'));
  const { server, baseUrl } = await startBenchServer(dataDir, { SIMULATOR: 'off' });
  let browser: Browser | null = null;
  try {
    const cookie = await login(baseUrl, 'operator', DEMO_PASSWORD);
    const list = (await call(baseUrl, 'GET', '/api/cameras?limit=1000', cookie)).body as {
      items: { id: string; status: string; source: string }[];
    };
    const ids = list.items.filter((c) => c.status === 'online').map((c) => c.id);
    browser = await launchChromium();
    const idle = ids[16]!;
    const fault = (f: string | null): Promise<unknown> =>
      call(baseUrl, 'POST', `/api/cameras/${idle}/faults`, cookie, { fault: f });
    await fault('offline');
    log('phase: no tile playing (one offline camera, its still)');
    const none = await phase(browser, baseUrl, cookie, [idle], 0, server.pid);
    await fault(null);
    log('phase: 1 tile');
    const one = await phase(browser, baseUrl, cookie, ids, 1, server.pid);
    log('phase: 16 tiles');
    const sixteen = await phase(browser, baseUrl, cookie, ids, 16, server.pid);
    const phases = [none, one, sixteen];
    const result = {
      benchmark: 'video',
      startedAt: startedAt.toISOString(),
      machine: machine(),
      warmupS: WARMUP_S,
      measureS: MEASURE_S,
      phases,
      perTileCpu: (sixteen.chromiumCpu - none.chromiumCpu) / 16,
      ratio16to1: sixteen.chromiumCpu / one.chromiumCpu,
    };
    const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
    const dir = join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const f = (n: number, d = 1): string => n.toFixed(d);
    const md = [
      `# Video tiles benchmark — ${result.startedAt}`,
      '',
      `${result.machine.cpus} × ${result.machine.cpuModel}, Node ${result.machine.node}. Debian Chromium headless (--disable-gpu: software decode), 1920×1080, /console/video, the built-in simulator's 640×360 15 fps baseline H.264 (1-s MPEG-TS segments, hls.js 1.7.4). ${WARMUP_S} s after all tiles played, then ${MEASURE_S} s measured; CPU = utime+stime from /proc, % of one core, all Chromium processes; the server serves every playlist and segment.`,
      '',
      '| Tiles playing | Chromium CPU (%) | Server CPU (%) | Frames decoded /s (all tiles) | Frames dropped |',
      '|---:|---:|---:|---:|---:|',
      ...phases.map(
        (p) =>
          `| ${p.playing} | ${f(p.chromiumCpu)} | ${f(p.serverCpu)} | ${f(p.decodedFps)} | ${p.droppedFrames} |`,
      ),
      '',
      `Per tile (16 tiles − none, ÷ 16): ${f(result.perTileCpu)} % of a core; 16 tiles / 1 tile: ${f(result.ratio16to1, 2)}×.`,
      '',
    ].join('\n');
    writeFileSync(join(dir, `video-${stamp}.json`), JSON.stringify(result, null, 2));
    writeFileSync(join(dir, `video-${stamp}.md`), md);
    console.log(md);
    log(`wrote bench/results/video-${stamp}.{json,md}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await stopChild(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
