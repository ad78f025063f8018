import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo, Socket as NetSocket } from 'node:net';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Repository } from '../../../src/server/db/repository';
import { RealtimeHub, type IoServer } from '../../../src/server/realtime/hub';
import type { DomainEvent } from '../../../src/shared/schemas/event';
import type { User } from '../../../src/shared/schemas/user';
import { newWorkOrder } from '../../../src/shared/work-order/new-work-order';

const operator = { id: 'u-op', username: 'operator', role: 'operator', displayName: '值班员' } as User;

function event(seq: number): DomainEvent {
  const entity = newWorkOrder({
    id: `o${seq}`,
    number: `YT-20261127-${String(seq).padStart(4, '0')}`,
    source: 'hotline',
    title: `第${seq}件`,
    description: '',
    location: { lat: 34.88, lng: 116.85 },
    gridId: 'YT-JC-01',
    villageId: 'V01',
    reporter: null,
    createdBy: 'u-op',
    at: '2026-11-27T08:00:00.000+08:00',
  });
  return {
    seq,
    at: '2026-11-27T08:00:00.000+08:00',
    type: 'work-order:created',
    action: 'create',
    actor: { userId: 'u-op', username: 'operator', role: 'operator' },
    entityId: entity.id,
    reason: null,
    entity,
  } as DomainEvent;
}

interface Harness {
  http: HttpServer;
  io: IoServer;
  hub: RealtimeHub;
  client: ClientSocket;
}
let harness: Harness | null = null;
afterEach(async () => {
  if (!harness) return;
  harness.client.close();
  harness.hub.stop();
  await harness.io.close();
  harness = null;
});

async function start(): Promise<Harness> {
  const http = createServer();
  const io: IoServer = new Server(http);
  io.use((socket, next) => {
    socket.data.user = operator;
    socket.data.lastSeq = undefined;
    next();
  });
  const repo = { latestSeq: async () => 0, eventsAfter: async () => [] } as unknown as Repository;
  const hub = new RealtimeHub(io, repo, {
    replayBound: 1000,
    queueCapBytes: 1 << 20,
    heartbeatMs: 60_000,
    log: { warn: () => undefined, debug: () => undefined },
  });
  await hub.start();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const client = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'] });
  await new Promise<void>((resolve) => client.on('connect', resolve));
  harness = { http, io, hub, client };
  return harness;
}

/** Counts the system-call-level writes of the server's end of the one websocket. */
function countWrites(io: IoServer): { calls: number; chunks: number } {
  const [socket] = io.sockets.sockets.values();
  const conn = socket!.conn as unknown as { transport: { socket: { _socket: NetSocket } } };
  const raw = conn.transport.socket._socket as NetSocket & {
    _write: (...a: unknown[]) => void;
    _writev: (chunks: unknown[], cb: unknown) => void;
  };
  const counts = { calls: 0, chunks: 0 };
  const write = raw._write.bind(raw);
  const writev = raw._writev.bind(raw);
  raw._write = (...a: unknown[]) => {
    counts.calls++;
    counts.chunks++;
    write(...a);
  };
  raw._writev = (chunks, cb) => {
    counts.calls++;
    counts.chunks += chunks.length;
    writev(chunks, cb);
  };
  return counts;
}

function receive(client: ClientSocket, n: number): Promise<number[]> {
  const seqs: number[] = [];
  return new Promise((resolve) => {
    client.on('work-order:created', (payload: { seq: number }) => {
      seqs.push(payload.seq);
      if (seqs.length === n) resolve(seqs);
    });
  });
}

describe('write coalescing', () => {
  it('sends the events committed in one turn to a socket in one write, in order', async () => {
    const { io, hub, client } = await start();
    const counts = countWrites(io);
    const got = receive(client, 6);
    hub.publish([event(1), event(2)]);
    hub.publish([event(3)]);
    hub.publish([event(4), event(5), event(6)]);
    expect(await got).toEqual([1, 2, 3, 4, 5, 6]);
    expect(counts.calls).toBe(1);
    expect(counts.chunks).toBeGreaterThanOrEqual(6);
  });

  it('writes a lone event alone, and a later turn separately', async () => {
    const { io, hub, client } = await start();
    const counts = countWrites(io);
    const both = receive(client, 2);
    hub.publish([event(1)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    hub.publish([event(2)]);
    expect(await both).toEqual([1, 2]);
    expect(counts.calls).toBe(2);
  });
});
