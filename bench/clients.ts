/**
 * The CLIENT process: holds N socket.io-client sockets to one server and measures, for every
 * event every socket receives, receipt wall-clock time − the event's `at`. Driven over IPC by
 * bench/run.ts (see lib/protocol.ts); exits when the orchestrator goes away.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io as connect, type Socket } from 'socket.io-client';
import type { CapturedEvent, ClientReport, FromClients, ToClients } from './lib/protocol';
import { SampleBuffer, summarize } from './lib/stats';
import { wallClockMs } from './lib/time';

const EVENTS = ['work-order:created', 'work-order:updated'] as const;

interface Received {
  seq?: unknown;
  at?: unknown;
}

const sockets: Socket[] = [];
const samples = new SampleBuffer();
const seqs = new Set<number>();
let perSocket = new Uint32Array(0);
let windowFrom = Number.POSITIVE_INFINITY;
let windowTo = Number.NEGATIVE_INFINITY;
let captureLeft = 0;
const captured: CapturedEvent[] = [];
let payloadBytes = 0;
let payloadCount = 0;
let disconnects = 0;
/**
 * How late this process's own event loop ran during the window: the part of every latency
 * sample that is the client process queueing messages rather than the server being slow.
 */
const loopDelay = monitorEventLoopDelay({ resolution: 1 });

function send(message: FromClients): void {
  process.send?.(message);
}

/** The hot path: one call per event per socket, so it does as little as possible. */
function onEvent(index: number, event: string, payload: Received): void {
  const received = wallClockMs();
  if (typeof payload.at !== 'string' || typeof payload.seq !== 'number') return;
  const at = Date.parse(payload.at);
  if (at < windowFrom || at >= windowTo) return;
  samples.push(received - at);
  seqs.add(payload.seq);
  perSocket[index] = (perSocket[index] ?? 0) + 1;
  if (index === 0) {
    // Socket 0 alone measures sizes and keeps samples: the cost stays off the other 279.
    payloadBytes += Buffer.byteLength(JSON.stringify(payload));
    payloadCount++;
    if (captureLeft > 0) {
      captureLeft--;
      captured.push({ event, payload: payload as Record<string, unknown> });
    }
  }
}

function open(url: string, cookie: string | null, index: number): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = connect(url, {
      transports: ['websocket'],
      ...(cookie ? { extraHeaders: { cookie } } : {}),
      reconnection: false,
      // One engine.io connection per socket, as 280 separate browsers would have.
      forceNew: true,
      timeout: 20_000,
    });
    sockets.push(socket);
    for (const event of EVENTS) socket.on(event, (p: Received) => onEvent(index, event, p));
    socket.once('connect', () => {
      socket.on('disconnect', () => disconnects++);
      resolve(null);
    });
    socket.once('connect_error', (err: Error) => resolve(err.message));
  });
}

async function connectAll(m: Extract<ToClients, { type: 'connect' }>): Promise<void> {
  perSocket = new Uint32Array(m.count);
  const errors: string[] = [];
  let next = 0;
  // A bounded number of handshakes at a time: each one costs the server a session lookup.
  const worker = async (): Promise<void> => {
    while (next < m.count) {
      const i = next++;
      const cookie = m.cookies ? (m.cookies[i % m.cookies.length] ?? null) : null;
      const err = await open(m.url, cookie, i);
      if (err) errors.push(err);
    }
  };
  await Promise.all(Array.from({ length: m.concurrency }, worker));
  const connected = sockets.filter((s) => s.connected).length;
  send({ type: 'connected', connected, failed: m.count - connected, errors: errors.slice(0, 5) });
}

function clockOffset(): number {
  let sum = 0;
  for (let i = 0; i < 20; i++) sum += wallClockMs() - Date.now();
  return sum / 20;
}

function report(): ClientReport {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (const n of perSocket) {
    min = Math.min(min, n);
    max = Math.max(max, n);
  }
  const deliveries = samples.length;
  return {
    sockets: sockets.length,
    latency: summarize(samples.toArray()),
    events: seqs.size,
    deliveries,
    missing: seqs.size * sockets.length - deliveries,
    perSocketMin: min,
    perSocketMax: max,
    meanPayloadBytes: payloadCount ? payloadBytes / payloadCount : Number.NaN,
    disconnects,
    loopDelayMs: {
      p50: loopDelay.percentile(50) / 1e6,
      p99: loopDelay.percentile(99) / 1e6,
      max: loopDelay.max / 1e6,
    },
    clockOffsetMs: clockOffset(),
    captured,
  };
}

process.on('message', (raw: unknown) => {
  const m = raw as ToClients;
  switch (m.type) {
    case 'connect':
      void connectAll(m);
      break;
    case 'record':
      windowFrom = m.fromMs;
      windowTo = m.toMs;
      captureLeft = m.capture;
      disconnects = 0;
      setTimeout(() => {
        loopDelay.reset();
        loopDelay.enable();
      }, m.fromMs - Date.now());
      setTimeout(() => loopDelay.disable(), m.toMs - Date.now());
      break;
    case 'progress':
      send({ type: 'progress', deliveries: samples.length });
      break;
    case 'report':
      send({ type: 'report', report: report() });
      break;
    case 'close':
      for (const s of sockets) s.close();
      process.exit(0);
  }
});
// The orchestrator died or closed the channel: never linger.
process.on('disconnect', () => process.exit(0));
