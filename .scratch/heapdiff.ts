import { retainerReport, pathsToRoot, layersSizes } from './retainers';
import type { Page } from 'playwright-core';
import { openWall, wallSession, heapAfterGc } from '../bench/lib/wall/browser-pages';
import { WALL_CHROMIUM_ARGS, WALL_PATH } from '../bench/lib/wall/wall-contract';
import { launchChromium } from '../tests/helpers/browser';
import { DEMO_PASSWORD, startTestServer } from '../tests/helpers/test-server';

async function snapshot(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snap = JSON.parse(chunks.join(''));
  const f = snap.snapshot.meta.node_fields as string[];
  const types = snap.snapshot.meta.node_types[0] as string[];
  const n = f.length;
  const ti = f.indexOf('type'), ni = f.indexOf('name'), si = f.indexOf('self_size');
  const agg = new Map<string, { c: number; s: number }>();
  for (let i = 0; i < snap.nodes.length; i += n) {
    const type = types[snap.nodes[i + ti]];
    let name = snap.strings[snap.nodes[i + ni]] as string;
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = '(string)';
    if (type === 'code') name = '(code) ' + name.replace(/\d+/g,'#');
    if (name.length > 60) name = name.slice(0, 60);
    const key = `${type}:${name}`;
    const a = agg.get(key) ?? { c: 0, s: 0 };
    a.c++; a.s += snap.nodes[i + si];
    agg.set(key, a);
  }
  (agg as any).snap = snap;
  return agg;
}

const t = await startTestServer({ SIMULATOR: 'on', SIM_SPEED: '20' }, { serveClient: true });
import { fillBacklog } from '../bench/lib/wall/backlog';
console.log(await fillBacklog(t.baseUrl, t.dataDir));
const browser = await launchChromium(WALL_CHROMIUM_ARGS);
const ctx = await wallSession(browser, t.baseUrl, DEMO_PASSWORD);
const page = await openWall(ctx, `${t.baseUrl}${WALL_PATH}`, 'count');
const t0 = performance.now();
const wait = (s: number) => new Promise((r) => setTimeout(r, Math.max(0, t0 + s * 1000 - performance.now())));
const marks = (process.env.MARKS ?? '30,120').split(',').map(Number);
let prev: Map<string, { c: number; s: number }> | undefined;
for (const m of marks) {
  await wait(m);
  const h = await heapAfterGc(page, t0);
  const a = await snapshot(page);
  console.log(`t=${m}s used=${h.usedMiB.toFixed(2)} nodes=${h.nodes} listeners=${h.listeners}`);
  console.log('  _layers sizes', layersSizes((a as any).snap));
  if (prev) {
    const rows = [...a.entries()].map(([k, v]) => ({ k, dc: v.c - (prev!.get(k)?.c ?? 0), ds: v.s - (prev!.get(k)?.s ?? 0) }));
    rows.sort((x, y) => y.ds - x.ds);
    for (const r of rows.slice(0, 30)) console.log(`  ${String(r.ds).padStart(9)} B ${String(r.dc).padStart(6)}  ${r.k}`);

  }
  prev = a;
}
await browser.close();
await t.stop();
