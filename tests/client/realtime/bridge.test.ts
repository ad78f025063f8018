import type { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { createQueryClient } from '../../../src/client/app/query-client';
import type { WorkOrderDetail } from '../../../src/client/lib/work-orders/get-work-order';
import type { WorkOrderList } from '../../../src/client/lib/work-orders/get-work-orders';
import { workOrderKeys } from '../../../src/client/lib/work-orders/keys';
import { wallKeys } from '../../../src/client/lib/wall/keys';
import { createRealtimeBridge, INVALIDATE_THROTTLE_MS } from '../../../src/client/realtime/bridge';
import type { RealtimeBridge } from '../../../src/client/realtime/bridge';
import { createConnectionStore } from '../../../src/client/realtime/connection-store';
import type { ConnectionStore } from '../../../src/client/realtime/connection-store';
import { makeDetail, makeEvent, makeOrder } from '../fixtures';

const LIST_KEY = workOrderKeys.list({ limit: 15 });
const DETAIL_KEY = workOrderKeys.detail('wo-1');

let queryClient: QueryClient;
let store: ConnectionStore;
let bridge: RealtimeBridge;
let invalidate: MockInstance<QueryClient['invalidateQueries']>;

function invalidatedKeys(): unknown[] {
  return invalidate.mock.calls.map(([filters]) => filters?.queryKey ?? 'everything');
}

beforeEach(() => {
  vi.useFakeTimers();
  queryClient = createQueryClient();
  store = createConnectionStore();
  bridge = createRealtimeBridge(queryClient, store);
  queryClient.setQueryData(DETAIL_KEY, makeDetail());
  queryClient.setQueryData<WorkOrderList>(LIST_KEY, { items: [makeOrder()], total: 1, asOfSeq: 1 });
  invalidate = vi.spyOn(queryClient, 'invalidateQueries');
});

afterEach(() => {
  bridge.dispose();
  queryClient.clear();
  vi.useRealTimers();
});

describe('realtime bridge', () => {
  it('patches the detail and the list holding the entity when the version is newer', () => {
    bridge.onWorkOrder(makeEvent(2, makeOrder({ status: 'registered', version: 2 })));
    const detail = queryClient.getQueryData<WorkOrderDetail>(DETAIL_KEY);
    expect(detail?.status).toBe('registered');
    expect(detail?.timeline.map((e) => e.seq)).toEqual([1, 2]);
    expect(queryClient.getQueryData<WorkOrderList>(LIST_KEY)?.items[0]?.status).toBe('registered');
    expect(bridge.getLastSeq()).toBe(2);
  });

  it('ignores an echo or an older version arriving later, but still advances seq', () => {
    bridge.onWorkOrder(makeEvent(2, makeOrder({ status: 'registered', version: 2 })));
    const before = queryClient.getQueryData(DETAIL_KEY);
    bridge.onWorkOrder(makeEvent(3, makeOrder({ status: 'new', version: 1 })));
    bridge.onWorkOrder(makeEvent(4, makeOrder({ status: 'new', version: 2 })));
    expect(queryClient.getQueryData(DETAIL_KEY)).toBe(before);
    expect(bridge.getLastSeq()).toBe(4);
  });

  it('drops an event whose seq was already applied', () => {
    bridge.onWorkOrder(makeEvent(5, makeOrder({ status: 'registered', version: 2 })));
    bridge.onWorkOrder(makeEvent(5, makeOrder({ status: 'dispatched', version: 3 })));
    expect(queryClient.getQueryData<WorkOrderDetail>(DETAIL_KEY)?.status).toBe('registered');
  });

  it('invalidates lists and stats at most once per window however many events arrive', () => {
    for (let seq = 2; seq < 12; seq++) {
      bridge.onWorkOrder(makeEvent(seq, makeOrder({ id: `new-${seq}` }), 'work-order:created', 'create'));
    }
    const listKey = JSON.stringify(workOrderKeys.lists());
    const lists = (): number => invalidatedKeys().filter((k) => JSON.stringify(k) === listKey).length;
    expect(lists()).toBe(1); // leading edge: the first event shows at once
    vi.advanceTimersByTime(INVALIDATE_THROTTLE_MS);
    expect(lists()).toBe(2); // one trailing refetch for the rest of the burst
    vi.advanceTimersByTime(INVALIDATE_THROTTLE_MS * 4);
    expect(lists()).toBe(2);
    expect(invalidatedKeys()).toContainEqual(workOrderKeys.stats());
  });

  it('refetches a patched detail so allowedCommands follow the new status', () => {
    bridge.onWorkOrder(makeEvent(2, makeOrder({ status: 'registered', version: 2 })));
    expect(invalidatedKeys()).toContainEqual(DETAIL_KEY);
  });

  it('sends its lastSeq on reconnect and judges no gap while the replay runs', () => {
    bridge.onConnecting();
    bridge.onConnected();
    bridge.onWorkOrder(makeEvent(7, makeOrder({ version: 2 })));
    bridge.onDisconnected();
    expect(store.getSnapshot().status).toBe('reconnecting');
    bridge.onConnecting();
    expect(bridge.getLastSeq()).toBe(7);
    invalidate.mockClear();
    bridge.onConnected();
    bridge.onHeartbeat({ seq: 9, at: '2026-03-01T09:30:00+08:00', deliveredSeq: 0 });
    expect(invalidatedKeys()).toEqual([]); // a replay is pending: no gap yet, and no blanket refetch
    bridge.onReplayComplete({ toSeq: 9 });
    bridge.onHeartbeat({ seq: 9, at: '2026-03-01T09:30:05+08:00', deliveredSeq: 0 });
    expect(invalidatedKeys()).toEqual([]);
    expect(store.getSnapshot().status).toBe('connected');
    expect(store.getSnapshot().dataAt).toBe('2026-03-01T09:30:05+08:00');
  });

  it('refetches work orders on a gap seen in the heartbeat', () => {
    bridge.onConnecting();
    bridge.onConnected();
    bridge.onWorkOrder(makeEvent(7, makeOrder({ version: 2 })));
    invalidate.mockClear();
    bridge.onHeartbeat({ seq: 10, at: '2026-03-01T09:30:00+08:00', deliveredSeq: 9 });
    expect(invalidatedKeys()).toEqual([workOrderKeys.all, wallKeys.all]);
    expect(bridge.getLastSeq()).toBe(10);
  });

  it('adopts a heartbeat watermark beyond the last event without refetching (filtered events)', () => {
    bridge.onWorkOrder(makeEvent(7, makeOrder({ version: 2 })));
    vi.advanceTimersByTime(INVALIDATE_THROTTLE_MS);
    invalidate.mockClear();
    bridge.onHeartbeat({ seq: 10, at: '2026-03-01T09:30:00+08:00', deliveredSeq: 7 });
    expect(invalidatedKeys()).toEqual([]);
    expect(bridge.getLastSeq()).toBe(10);
  });

  it('refetches the snapshots after a fresh connect, since nothing replays for it', () => {
    bridge.onConnecting();
    bridge.onConnected();
    expect(invalidatedKeys()).toEqual([workOrderKeys.all, wallKeys.all]);
  });

  it('on resync-required invalidates everything and adopts latestSeq', () => {
    bridge.onWorkOrder(makeEvent(3, makeOrder({ version: 2 })));
    invalidate.mockClear();
    bridge.onResync({ latestSeq: 500 });
    expect(invalidatedKeys()).toEqual(['everything']);
    expect(bridge.getLastSeq()).toBe(500);
  });

  it('a refused socket re-checks the session', () => {
    bridge.onRefused();
    expect(invalidatedKeys()).toContainEqual(['auth', 'me']);
  });
});
