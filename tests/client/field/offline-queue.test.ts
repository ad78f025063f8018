import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOfflineQueue, WriteRefused } from '../../../src/client/lib/offline/offline-queue';
import type { NewQueuedItem, OfflineQueue } from '../../../src/client/lib/offline/offline-queue';
import { sendQueued } from '../../../src/client/lib/offline/send-queued';
import { json } from '../fixtures';

interface Sent {
  path: string;
  key: string;
  body: unknown;
}

let online: boolean;
let sent: Sent[];
let answer: (call: Sent) => Response | Promise<Response>;
let storage: Map<string, string>;
let stop: (() => void) | null;
let seq: number;

const memoryStorage = {
  getItem: (key: string) => storage.get(key) ?? null,
  setItem: (key: string, value: string) => void storage.set(key, value),
};

function makeQueue(): OfflineQueue {
  const queue = createOfflineQueue({
    storage: memoryStorage,
    storageKey: 'gridcommand.offline.u-gridworker',
    send: sendQueued,
    isOnline: () => online,
    newId: () => `local-${++seq}`,
    baseMs: 5,
    maxMs: 20,
  });
  stop = queue.start(window);
  return queue;
}

function command(n: number, type = 'accept'): NewQueuedItem {
  return {
    key: `key-${n}`,
    kind: 'command',
    path: `/api/work-orders/wo-${n}/commands`,
    body: { type, expectedVersion: n },
    orderId: `wo-${n}`,
    label: { subject: `YT-20260301-000${n}`, action: type },
  };
}

function goOnline(): void {
  online = true;
  window.dispatchEvent(new Event('online'));
}

beforeEach(() => {
  online = true;
  sent = [];
  seq = 0;
  storage = new Map();
  stop = null;
  answer = () => json({ ok: true });
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const call = {
      path: String(input),
      key: headers.get('Idempotency-Key') ?? '',
      body: JSON.parse(String(init?.body)) as unknown,
    };
    sent.push(call);
    return answer(call);
  });
});

afterEach(() => {
  stop?.();
  vi.unstubAllGlobals();
});

describe('offline queue', () => {
  it('[Q2] queues writes made offline and sends them in order, each with its key, when the signal returns', async () => {
    online = false;
    const queue = makeQueue();
    for (const n of [1, 2, 3]) expect((await queue.submit(command(n))).status).toBe('queued');
    expect(sent).toEqual([]);
    expect(queue.getSnapshot().items.map((i) => i.key)).toEqual(['key-1', 'key-2', 'key-3']);

    goOnline();
    await vi.waitFor(() => expect(queue.getSnapshot().items).toHaveLength(0));
    expect(sent.map((c) => [c.path, c.key])).toEqual([
      ['/api/work-orders/wo-1/commands', 'key-1'],
      ['/api/work-orders/wo-2/commands', 'key-2'],
      ['/api/work-orders/wo-3/commands', 'key-3'],
    ]);
    expect(sent[1]?.body).toEqual({ type: 'accept', expectedVersion: 2 });
  });

  it('keeps the queue in storage, so a reloaded page sends what the last one held', async () => {
    online = false;
    const before = makeQueue();
    await before.submit(command(1));
    stop?.();
    const after = makeQueue();
    expect(after.getSnapshot().items.map((i) => i.key)).toEqual(['key-1']);
    goOnline();
    await vi.waitFor(() => expect(sent.map((c) => c.key)).toEqual(['key-1']));
  });

  it('[Q1][Q3] retries a network error and a 5xx with the same Idempotency-Key, with back-off', async () => {
    const failures: Array<() => Response> = [
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => json({ error: { code: 'internal', message: 'internal error' } }, 503),
    ];
    answer = () => (failures.shift() ?? (() => json({ id: 'wo-1', version: 2 })))();
    const queue = makeQueue();
    const sentBodies: unknown[] = [];
    queue.onSent((_item, body) => sentBodies.push(body));

    // The direct attempt fails without an answer: the write is queued, not lost or doubled.
    expect((await queue.submit(command(1))).status).toBe('queued');
    await vi.waitFor(() => expect(queue.getSnapshot().items).toHaveLength(0));
    expect(sent.map((c) => c.key)).toEqual(['key-1', 'key-1', 'key-1']);
    expect(sentBodies).toEqual([{ id: 'wo-1', version: 2 }]);
  });

  it('[Q2] a write made while others wait goes behind them', async () => {
    answer = () => {
      throw new TypeError('Failed to fetch');
    };
    const queue = makeQueue();
    await queue.submit(command(1));
    answer = () => json({ ok: true });
    expect((await queue.submit(command(2))).status).toBe('queued');
    await vi.waitFor(() => expect(queue.getSnapshot().items).toHaveLength(0));
    expect(sent.map((c) => c.key)).toEqual(['key-1', 'key-1', 'key-2']);
  });

  it('[Q4] drops an item the server refuses with a 4xx, keeps the reason, and goes on with the rest', async () => {
    online = false;
    const queue = makeQueue();
    await queue.submit(command(1, 'start'));
    await queue.submit(command(2));
    answer = (call) =>
      call.key === 'key-1'
        ? json(
            { error: { code: 'illegal_transition', message: 'start is not allowed', rule: 'WO-TRANSITION' } },
            409,
          )
        : json({ ok: true });

    goOnline();
    await vi.waitFor(() => expect(queue.getSnapshot().items).toHaveLength(0));
    expect(sent.map((c) => c.key)).toEqual(['key-1', 'key-2']);
    const [dropped] = queue.getSnapshot().dropped;
    expect(dropped).toMatchObject({
      item: { key: 'key-1', label: { action: 'start' } },
      status: 409,
      code: 'illegal_transition',
      message: 'start is not allowed',
    });
    queue.dismiss(dropped!.item.id);
    expect(queue.getSnapshot().dropped).toEqual([]);
  });

  it('[Q4] a write refused outright while online is reported to the caller, not queued', async () => {
    answer = () => json({ error: { code: 'validation_failed', message: 'reason: required' } }, 400);
    const queue = makeQueue();
    await expect(queue.submit(command(1, 'return'))).rejects.toBeInstanceOf(WriteRefused);
    expect(queue.getSnapshot().items).toEqual([]);
  });
});
