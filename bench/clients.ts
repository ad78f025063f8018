/**
 * The CLIENT process: holds N socket.io connections to one server and measures, for every event
 * every socket receives, receipt wall-clock time − the event's `at`. Driven over IPC by
 * bench/run.ts (see lib/protocol.ts); exits when the orchestrator goes away.
 *
 * The connections are lib/raw-client.ts (raw TCP + WebSocket framing + engine.io), not
 * socket.io-client: the measuring side must cost little next to the server it measures. The same
 * code serves the real server and the bare baseline, so the comparison stays fair.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { CapturedEvent, ClientReport, FromClients, ToClients } from './lib/protocol';
import { RawSocketIo } from './lib/raw-client';
import { SampleBuffer, summarize } from './lib/stats';
import { wallClockMs } from './lib/time';

/** The events measured; each frame is `42["<name>",{"seq":N,"at":"…",…}]`. */
const EVENTS = ['work-order:created', 'work-order:updated'] as const;
const EVENT_BYTES = EVENTS.map((e) => Buffer.from(e, 'latin1'));
const SEQ_KEY = Buffer.from('"seq":', 'latin1');
const AT_KEY = Buffer.from('"at":"', 'latin1');
/** Every this many measured messages (all sockets together) the fast parse is checked by JSON.parse. */
const VERIFY_EVERY = 100;

const sockets: RawSocketIo[] = [];
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
let messages = 0;
let parseChecks = 0;
let parseMismatches = 0;
let protocolErrors = 0;
const errorSamples: string[] = [];
/**
 * How late this process's own event loop ran during the window: the part of every latency
 * sample that is the client process queueing messages rather than the server being slow.
 */
const loopDelay = monitorEventLoopDelay({ resolution: 1 });

function send(message: FromClients): void {
  process.send?.(message);
}

function noteError(what: string): void {
  if (errorSamples.length < 10) errorSamples.push(what);
}

const d1 = (buf: Buffer, i: number): number => (buf[i] as number) - 0x30;
const d2 = (buf: Buffer, i: number): number => d1(buf, i) * 10 + d1(buf, i + 1);

/**
 * `at` as epoch ms, read from the bytes: the server's format is always
 * `YYYY-MM-DDTHH:MM:SS.mmm+08:00` (29 bytes, see shared/work-order-number.ts toShanghaiIso);
 * anything else falls back to Date.parse of the string up to the closing quote.
 */
function parseAt(buf: Buffer, p: number, end: number): number {
  if (
    p + 29 < end &&
    buf[p + 4] === 0x2d &&
    buf[p + 7] === 0x2d &&
    buf[p + 10] === 0x54 &&
    buf[p + 13] === 0x3a &&
    buf[p + 16] === 0x3a &&
    buf[p + 19] === 0x2e &&
    (buf[p + 23] === 0x2b || buf[p + 23] === 0x2d) &&
    buf[p + 26] === 0x3a &&
    buf[p + 29] === 0x22
  ) {
    const utc = Date.UTC(
      d2(buf, p) * 100 + d2(buf, p + 2),
      d2(buf, p + 5) - 1,
      d2(buf, p + 8),
      d2(buf, p + 11),
      d2(buf, p + 14),
      d2(buf, p + 17),
      d1(buf, p + 20) * 100 + d2(buf, p + 21),
    );
    const offsetMin = d2(buf, p + 24) * 60 + d2(buf, p + 27);
    return buf[p + 23] === 0x2b ? utc - offsetMin * 60_000 : utc + offsetMin * 60_000;
  }
  const close = buf.indexOf(0x22, p);
  return close < 0 || close >= end ? Number.NaN : Date.parse(buf.toString('latin1', p, close));
}

/**
 * The check of the fast path: a full JSON.parse of the frame must give the same event name, seq
 * and `at`; a difference counts as an error (and the report says so).
 */
function verify(buf: Buffer, start: number, end: number, event: number, seq: number, at: number): void {
  parseChecks++;
  let ok = false;
  try {
    const [name, payload] = JSON.parse(buf.toString('utf8', start + 2, end)) as [
      string,
      Record<string, unknown>,
    ];
    ok =
      name === EVENTS[event] &&
      payload.seq === seq &&
      typeof payload.at === 'string' &&
      Date.parse(payload.at) === at;
    if (!ok)
      noteError(
        `mismatch: fast ${EVENTS[event]} ${seq} ${at}, JSON ${name} ${String(payload.seq)} ${String(payload.at)}`,
      );
  } catch (err) {
    noteError(`JSON.parse failed: ${String(err)}`);
  }
  if (!ok) parseMismatches++;
}

/** Whether buf holds `key` at `pos` (a JS loop: cheaper than a native call for a few bytes). */
function bytesAt(buf: Buffer, pos: number, key: Buffer): boolean {
  const n = key.length;
  for (let i = 0; i < n; i++) if (buf[pos + i] !== key[i]) return false;
  return true;
}

/** Where `key` first occurs in buf[from, end): at `from` itself normally, else searched; -1 if absent. */
function find(buf: Buffer, from: number, end: number, key: Buffer): number {
  if (bytesAt(buf, from, key)) return from;
  const at = buf.indexOf(key, from);
  return at < 0 || at + key.length > end ? -1 : at;
}

/**
 * The hot path: one call per event per socket, so it does as little as possible. buf[start, end)
 * is `42["name",{"seq":…,"at":"…",…}]`; `received` was taken before the read was parsed.
 */
function onEvent(index: number, buf: Buffer, start: number, end: number, received: number): void {
  // Event name: `42["` then the name up to the next quote.
  const nameStart = start + 4;
  let event = -1;
  for (let e = 0; e < EVENT_BYTES.length; e++) {
    const name = EVENT_BYTES[e] as Buffer;
    if (buf[nameStart + name.length] === 0x22 && bytesAt(buf, nameStart, name)) {
      event = e;
      break;
    }
  }
  if (event < 0) return; // heartbeat, replay-complete, …: not measured
  const nameEnd = nameStart + (EVENT_BYTES[event] as Buffer).length;
  // The payload's own keys come first (seq, at, …, entity), so `{"seq":` follows `",` at once
  // and `,"at":"` follows the number; the first match is the top level in any case.
  const seqAt = find(buf, nameEnd + 3, end, SEQ_KEY);
  if (seqAt < 0) return noteParseFailure(buf, start, end, 'no "seq"');
  let p = seqAt + SEQ_KEY.length;
  let seq = 0;
  let digits = 0;
  for (let c = buf[p] as number; c >= 0x30 && c <= 0x39; c = buf[++p] as number) {
    seq = seq * 10 + (c - 0x30);
    digits++;
  }
  if (digits === 0) return noteParseFailure(buf, start, end, 'seq not a number');
  const atKey = find(buf, p + 1, end, AT_KEY);
  if (atKey < 0) return noteParseFailure(buf, start, end, 'no "at"');
  const at = parseAt(buf, atKey + AT_KEY.length, end);
  if (Number.isNaN(at)) return noteParseFailure(buf, start, end, 'at not a date');
  if (++messages % VERIFY_EVERY === 0) verify(buf, start, end, event, seq, at);
  if (at < windowFrom || at >= windowTo) return;
  samples.push(received - at);
  seqs.add(seq);
  perSocket[index] = (perSocket[index] ?? 0) + 1;
  if (index === 0) {
    // Socket 0 alone measures sizes and keeps samples: the cost stays off the other 279.
    // The payload's JSON is the frame minus `42["name",` and the closing `]`.
    payloadBytes += end - 1 - (nameEnd + 2);
    payloadCount++;
    if (captureLeft > 0) {
      captureLeft--;
      const payload = JSON.parse(buf.toString('utf8', nameEnd + 2, end - 1)) as Record<string, unknown>;
      captured.push({ event: EVENTS[event] as string, payload });
    }
  }
}

/** A measured event the fast path could not read: counted with the mismatches (should never happen). */
function noteParseFailure(buf: Buffer, start: number, end: number, why: string): void {
  parseMismatches++;
  noteError(`${why}: ${buf.toString('utf8', start, Math.min(end, start + 120))}`);
}

async function open(url: string, cookie: string | null, index: number): Promise<string | null> {
  const u = new URL(url);
  const { client, error } = await RawSocketIo.open({
    host: u.hostname,
    port: Number(u.port),
    cookie,
    timeoutMs: 20_000,
    onEvent: (buf, start, end, received) => onEvent(index, buf, start, end, received),
    onDisconnect: () => disconnects++,
    onProtocolError: (what) => {
      protocolErrors++;
      noteError(what);
    },
  });
  sockets.push(client);
  return error;
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
    parseChecks,
    parseMismatches,
    protocolErrors,
    errorSamples,
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
// stopChild's SIGTERM: a normal exit, so --cpu-prof (BENCH_CLIENT_NODE_ARGS) writes its profile.
process.on('SIGTERM', () => process.exit(0));
