import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import {
  login,
  newOrderBody,
  once,
  socketFor,
  startTestServer,
  until,
  type Session,
  type TestServer,
} from '../../helpers/test-server';

interface Pushed {
  seq: number;
  entity: { id: string; title: string; version: number; reporter: { phone?: string } | null };
}

let t: TestServer;
let operator: Session;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestServer({ REPLAY_BOUND: '200' });
  operator = await login(t.baseUrl, 'operator');
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.stop();
});

function open(session: Session, lastSeq?: number): Socket {
  const socket = socketFor(t.baseUrl, session, lastSeq);
  sockets.push(socket);
  return socket;
}

async function connected(socket: Socket): Promise<void> {
  if (socket.connected) return;
  await once(socket, 'connect');
}

async function createOrders(n: number, prefix: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    const res = await operator.request('POST', '/api/work-orders', newOrderBody(`${prefix}-${i}`));
    expect(res.status).toBe(201);
  }
}

describe('realtime delivery', () => {
  it('pushes a REST command to a second client with the seq of the event log', async () => {
    const wall = await login(t.baseUrl, 'wall');
    const socket = open(wall);
    await connected(socket);
    const pushed = once<Pushed>(socket, 'work-order:created');
    const created = await operator.request(
      'POST',
      '/api/work-orders',
      newOrderBody('推送测试', { reporter: { phone: '13812345678' } }),
    );
    const event = await pushed;
    const health = await operator.request('GET', '/api/health');
    expect(event.entity.id).toBe((created.body as { id: string }).id);
    expect(event.seq).toBe((health.body as { seq: number }).seq);
    // The wall sees the caller masked: the projection is applied on publish too.
    expect(event.entity.reporter?.phone).toBe('138****5678');
  });

  it('replays exactly the 50 events a client missed, in order, without duplicates', async () => {
    const wall = await login(t.baseUrl, 'wall');
    const first = open(wall);
    await connected(first);
    const seen: number[] = [];
    first.on('work-order:created', (e: Pushed) => seen.push(e.seq));
    await createOrders(3, 'before');
    await until(() => seen.length === 3, first);
    const lastSeq = seen.at(-1)!;
    first.close();

    await createOrders(50, 'missed');
    const again = open(wall, lastSeq);
    const replayed: number[] = [];
    again.on('work-order:created', (e: Pushed) => replayed.push(e.seq));
    const done = once<{ count: number }>(again, 'replay-complete');
    await connected(again);
    expect((await done).count).toBe(50);
    expect(replayed).toHaveLength(50);
    expect(new Set(replayed).size).toBe(50);
    expect(replayed).toEqual([...replayed].sort((a, b) => a - b));
    expect(replayed[0]).toBe(lastSeq + 1);
    // Live delivery continues after the replay, with no gap.
    await createOrders(1, 'after');
    await until(() => replayed.length === 51, again);
    expect(replayed[50]).toBe(replayed[49]! + 1);
  });

  it('sends resync-required when the gap exceeds the replay bound', async () => {
    const wall = await login(t.baseUrl, 'wall');
    const health = (await operator.request('GET', '/api/health')).body as { seq: number };
    await createOrders(201, 'flood');
    const socket = open(wall, health.seq);
    const resync = await once<{ latestSeq: number }>(socket, 'resync-required');
    expect(resync.latestSeq).toBe(health.seq + 201);
  });

  it('sends a grid worker only the orders of their grids', async () => {
    const gw = await login(t.baseUrl, 'gridworker');
    const socket = open(gw);
    await connected(socket);
    const titles: string[] = [];
    socket.on('work-order:created', (e: Pushed) => titles.push(e.entity.title));
    // Far from YT-JC-01: another village's grid.
    await operator.request(
      'POST',
      '/api/work-orders',
      newOrderBody('别的网格', { location: { lat: 34.93, lng: 116.82 } }),
    );
    await operator.request('POST', '/api/work-orders', newOrderBody('本网格'));
    await until(() => titles.includes('本网格'), socket);
    expect(titles).toEqual(['本网格']);
  });

  it('refuses a socket without a session', async () => {
    const anonymous: Session = { cookie: '', request: () => Promise.reject(new Error('unused')) };
    const socket = open(anonymous);
    const err = await once<Error>(socket, 'connect_error');
    expect(err.message).toBe('unauthorized');
  });

  it('beats with the latest seq', async () => {
    const t2 = await startTestServer({ HEARTBEAT_MS: '100' });
    try {
      const s = await login(t2.baseUrl, 'wall');
      await s.request('GET', '/api/health');
      const op = await login(t2.baseUrl, 'operator');
      await op.request('POST', '/api/work-orders', newOrderBody('心跳'));
      const socket = socketFor(t2.baseUrl, s);
      sockets.push(socket);
      const beat = await once<{ seq: number; at: string }>(socket, 'heartbeat');
      expect(beat.seq).toBe(t2.server.app.hub.latestSeq);
      expect(beat.seq).toBeGreaterThan(0);
    } finally {
      await t2.stop();
    }
  });
});
