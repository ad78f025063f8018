/**
 * The in-page side of the wall measurements, installed with `addInitScript` so it runs before the
 * app's own scripts: a MutationObserver that notes each new order row, the paint time of that row
 * (the next requestAnimationFrame after insertion), frame intervals and long tasks.
 *
 * It is JavaScript source, not a TypeScript function: tsx compiles bench code with esbuild's
 * keepNames, which wraps nested functions in a `__name(...)` helper that does not exist in the page,
 * so a serialised function fails there with a ReferenceError.
 *
 * Memory stays bounded in `count` mode (the soak), so the probe does not itself look like a leak:
 * frame intervals go into a fixed histogram, long tasks into counters, rows into a counter (rows
 * re-created by a re-render count again there, which is fine for a sign of life).
 */

export interface ProbeOptions {
  /** CSS selector of an order row; the row carries the order id in `idAttr`. */
  rowSelector: string;
  idAttr: string;
  /** 'record': one record per new row (latency phases); 'count': counters only (soak). */
  mode: 'record' | 'count';
}

/** One new row: ids, the insertion and paint times (wall clock, ms) and the row's text at paint. */
export type PaintRecord = [
  id: string,
  insertedAt: number,
  paintedAt: number,
  afterPaintAt: number,
  text: string,
];

export interface FrameStats {
  frames: number;
  /** From a 0.1 ms histogram of requestAnimationFrame deltas. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Deltas over 50 ms (three or more frames missed at 60 Hz). */
  over50: number;
  windowMs: number;
}

export interface LongTaskStats {
  count: number;
  totalMs: number;
  maxMs: number;
  over200: number;
}

/** What `window.__wallProbe.window()` returns for the window since the last `reset()`. */
export interface ProbeWindow {
  frames: FrameStats;
  longTasks: LongTaskStats;
  rows: number;
  /** (timeOrigin + now) − Date.now(), averaged over the window's frames: this clock's offset. */
  clockOffsetMs: number;
}

/** Source of the init script; the options are embedded as JSON. */
export function probeScript(o: ProbeOptions): string {
  return `(() => {
  const O = ${JSON.stringify(o)};
  const BIN = 0.1, BINS = 20000; // 0.1 ms bins up to 2 s; longer deltas land in the last bin
  const clock = () => performance.timeOrigin + performance.now();
  const hist = new Uint32Array(BINS);
  const seen = new Set();
  let paints = [];
  let pending = [];
  let rows = 0, frames = 0, maxDelta = 0, over50 = 0, lastFrame = 0, windowStart = clock();
  let offsetSum = 0, offsetN = 0;
  let lt = { count: 0, totalMs: 0, maxMs: 0, over200: 0 };

  function onFrame(ts) {
    if (lastFrame > 0) {
      const d = ts - lastFrame;
      hist[Math.min(BINS - 1, Math.floor(d / BIN))]++;
      frames++;
      if (d > maxDelta) maxDelta = d;
      if (d > 50) over50++;
    }
    lastFrame = ts;
    if (frames % 30 === 0) { offsetSum += clock() - Date.now(); offsetN++; }
    if (pending.length > 0) paintBatch();
    requestAnimationFrame(onFrame);
  }

  // Rows inserted since the last frame were painted in this one: rAF runs in the frame's
  // rendering step, and a message posted now arrives once that frame is done (after paint).
  function paintBatch() {
    const t = clock();
    const batch = pending;
    pending = [];
    const recs = [];
    for (const [id, el, insertedAt] of batch) {
      const rec = [id, insertedAt, t, 0, (el.textContent || '').slice(0, 300)];
      recs.push(rec);
      paints.push(rec);
    }
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { const t2 = clock(); for (const r of recs) r[3] = t2; ch.port1.close(); };
    ch.port2.postMessage(0);
  }

  // Counting holds rows weakly: ids kept for 10 minutes would show up in the soak's heap.
  const seenRows = new WeakSet();
  function notice(el) {
    const id = el.getAttribute(O.idAttr);
    if (!id) return;
    if (O.mode === 'count') {
      if (!seenRows.has(el)) { seenRows.add(el); rows++; }
      return;
    }
    if (seen.has(id)) return;
    seen.add(id);
    rows++;
    pending.push([id, el, clock()]);
  }

  const observer = new MutationObserver((list) => {
    for (const m of list) {
      if (m.type === 'attributes') {
        if (m.target.nodeType === 1 && m.target.matches(O.rowSelector)) notice(m.target);
        continue;
      }
      for (const n of m.addedNodes) {
        if (n.nodeType !== 1) continue;
        if (n.matches(O.rowSelector)) notice(n);
        if (n.firstElementChild) for (const e of n.querySelectorAll(O.rowSelector)) notice(e);
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: [O.idAttr] });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        lt.count++; lt.totalMs += e.duration;
        if (e.duration > lt.maxMs) lt.maxMs = e.duration;
        if (e.duration > 200) lt.over200++;
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no longtask support: the counts stay 0 and the report says how many frames */ }

  function quantile(q) {
    const want = q * frames;
    let acc = 0;
    for (let i = 0; i < BINS; i++) { acc += hist[i]; if (acc >= want && acc > 0) return (i + 0.5) * BIN; }
    return NaN;
  }

  window.__wallProbe = {
    reset() {
      hist.fill(0); frames = 0; maxDelta = 0; over50 = 0; rows = 0; offsetSum = 0; offsetN = 0;
      lt = { count: 0, totalMs: 0, maxMs: 0, over200: 0 };
      windowStart = clock();
    },
    window() {
      return {
        frames: { frames, p50: quantile(0.5), p95: quantile(0.95), p99: quantile(0.99), max: maxDelta, over50,
          windowMs: clock() - windowStart },
        longTasks: { ...lt },
        rows,
        clockOffsetMs: offsetN ? offsetSum / offsetN : NaN,
      };
    },
    /** Hands over the paint records and forgets them. */
    takePaints() { const p = paints; paints = []; return p; },
  };
  requestAnimationFrame(onFrame);
})();`;
}
