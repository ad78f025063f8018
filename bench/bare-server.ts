/**
 * The BASELINE: a plain socket.io server (no auth, no database, no projection) that emits one
 * captured real payload to every socket at the same rate as the commands, with `at` stamped just
 * before the emit. The gap between it and the real server is what the server adds.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { Server } from 'socket.io';
import { pace, type Pacer } from './lib/pacer';
import type { CapturedEvent, FromBare, ToBare } from './lib/protocol';
import { shanghaiIso } from './lib/time';

const port = Number(process.env.BENCH_PORT ?? '0');
const samples = JSON.parse(readFileSync(process.env.BENCH_PAYLOADS ?? '', 'utf8')) as CapturedEvent[];
if (samples.length === 0) throw new Error('bare-server: no payloads to send');

const http = createServer();
// The same engine options as src/server/app.ts, so the transports behave alike.
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024, pingTimeout: 20_000 });
let pacer: Pacer | null = null;
let seq = Number(samples[0]?.payload.seq ?? 1);

function send(message: FromBare): void {
  process.send?.(message);
}

function emitOne(i: number): void {
  const sample = samples[i % samples.length];
  if (!sample) return;
  // The same key order as the hub's payloadOf, so the JSON has the same bytes.
  const payload = { ...sample.payload, seq: seq++, at: shanghaiIso(Date.now()) };
  io.emit(sample.event, payload);
}

process.on('message', (raw: unknown) => {
  const m = raw as ToBare;
  if (m.type === 'start') {
    pacer = pace(m.rateHz, emitOne);
  } else {
    const figures = pacer?.stop() ?? { ticks: 0, late: 0 };
    pacer = null;
    send({ type: 'stopped', emitted: figures.ticks, late: figures.late });
  }
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => {
  pacer?.stop();
  void io.close(() => process.exit(0));
});

http.listen(port, '127.0.0.1', () => {
  const addr = http.address();
  send({ type: 'listening', port: typeof addr === 'object' && addr ? addr.port : port });
});
