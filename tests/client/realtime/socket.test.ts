import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RealtimeHandlers } from '../../../src/client/realtime/bridge';
import { makeOrder } from '../fixtures';

type Listener = (...args: unknown[]) => void;

/** Just enough of a socket.io client socket to drive the module without a network. */
class FakeSocket {
  listeners = new Map<string, Listener>();
  active = true;
  disconnected = false;
  constructor(readonly options: { auth: (send: (data: object) => void) => void }) {}
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  emitFromServer(event: string, ...args: unknown[]): void {
    this.listeners.get(event)?.(...args);
  }
  handshake(): object {
    let sent: object = {};
    this.options.auth((data) => (sent = data));
    return sent;
  }
  connect(): void {}
  disconnect(): void {
    this.disconnected = true;
  }
  removeAllListeners(): void {
    this.listeners.clear();
  }
}

const sockets: FakeSocket[] = [];
vi.mock('socket.io-client', () => ({
  io: (options: FakeSocket['options']) => {
    const socket = new FakeSocket(options);
    sockets.push(socket);
    return socket;
  },
}));

const { openRealtime } = await import('../../../src/client/realtime/socket');

function handlers(lastSeq: { value: number | null }): RealtimeHandlers & { calls: string[] } {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]): void => {
      calls.push(`${name}${args.length ? ` ${JSON.stringify(args[0])}` : ''}`);
    };
  return {
    calls,
    getLastSeq: () => lastSeq.value,
    onConnecting: record('connecting'),
    onConnected: record('connected'),
    onDisconnected: record('disconnected'),
    onRefused: record('refused'),
    onWorkOrder: (event) => calls.push(`work-order ${event.seq} v${event.entity.version}`),
    onOtherEvent: record('other'),
    onHeartbeat: (payload) => calls.push(`heartbeat ${payload.seq}`),
    onResync: (payload) => calls.push(`resync ${payload.latestSeq}`),
    onReplayComplete: (payload) => calls.push(`replay-complete ${payload.toSeq}`),
  };
}

afterEach(() => {
  sockets.length = 0;
});

describe('the one socket', () => {
  it('omits lastSeq when fresh and sends the current one on every (re)connect', () => {
    const seq = { value: null as number | null };
    const close = openRealtime(handlers(seq));
    const socket = sockets[0]!;
    expect(socket.handshake()).toEqual({});
    seq.value = 41;
    expect(socket.handshake()).toEqual({ lastSeq: 41 });
    close();
    expect(socket.disconnected).toBe(true);
  });

  it('validates payloads and routes them to the bridge', () => {
    const h = handlers({ value: null });
    const close = openRealtime(h);
    const socket = sockets[0]!;
    const base = {
      at: '2026-03-01T09:20:00+08:00',
      action: 'create',
      actor: { userId: 'u', username: 'operator', role: 'operator' },
      entityId: 'wo-1',
      reason: null,
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    socket.emitFromServer('work-order:created', { ...base, seq: 3, entity: makeOrder({ version: 1 }) });
    socket.emitFromServer('work-order:updated', { ...base, seq: 4, entity: { id: 'broken' } });
    socket.emitFromServer('heartbeat', { seq: 4, at: base.at, deliveredSeq: 3 });
    socket.emitFromServer('heartbeat', { seq: 'x' });
    socket.emitFromServer('resync-required', { latestSeq: 9 });
    socket.emitFromServer('replay-complete', { fromSeq: 1, toSeq: 9, count: 8 });
    expect(h.calls).toEqual(['work-order 3 v1', 'heartbeat 4', 'resync 9', 'replay-complete 9']);
    close();
  });

  it('tells a refused handshake (no session) from transport trouble', () => {
    const h = handlers({ value: null });
    const close = openRealtime(h);
    const socket = sockets[0]!;
    socket.emitFromServer('connect_error', new Error('xhr poll error'));
    socket.active = false;
    socket.emitFromServer('connect_error', new Error('unauthorized'));
    expect(h.calls).toEqual(['disconnected', 'refused']);
    close();
  });
});
