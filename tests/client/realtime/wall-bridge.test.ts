import type { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../src/client/app/query-client';
import type { CameraList } from '../../../src/client/lib/wall/get-wall-entities';
import { wallKeys } from '../../../src/client/lib/wall/keys';
import {
  createRealtimeBridge,
  MARKER_BATCH_MS,
  type RealtimeBridge,
} from '../../../src/client/realtime/bridge';
import { createConnectionStore } from '../../../src/client/realtime/connection-store';
import {
  createTickerStore,
  TICKER_CAPACITY,
  type TickerStore,
} from '../../../src/client/realtime/ticker-store';
import type { Camera } from '../../../src/shared/schemas/town';
import type { WallMarkers } from '../../../src/shared/schemas/wall';
import { makeEvent, makeOrder } from '../fixtures';

const camera: Camera = {
  id: 'CAM-001',
  name: '杨屯社区-东门-01',
  source: 'community',
  gridId: 'YT-JC-01',
  location: { lat: 34.88, lng: 116.85 },
  status: 'online',
  ptz: false,
  streams: { sub: { hls: '/sim/hls/x/index.m3u8', codec: 'h264', width: 640, height: 360 } },
  health: { kind: 'none' },
  snapshotUrl: null,
  version: 1,
};

let queryClient: QueryClient;
let ticker: TickerStore;
let bridge: RealtimeBridge;

beforeEach(() => {
  vi.useFakeTimers();
  queryClient = createQueryClient();
  ticker = createTickerStore();
  bridge = createRealtimeBridge(queryClient, createConnectionStore(), ticker);
  queryClient.setQueryData<WallMarkers>(wallKeys.markers(), { asOfSeq: 0, items: [] });
  queryClient.setQueryData<CameraList>(wallKeys.cameras(), { items: [camera], total: 1 });
});
afterEach(() => {
  bridge.dispose();
  queryClient.clear();
  vi.useRealTimers();
});

const markers = (): WallMarkers['items'] => queryClient.getQueryData<WallMarkers>(wallKeys.markers())!.items;

describe('realtime bridge → the wall', () => {
  it('adds a new order to the markers in a batch and to the ticker at once', () => {
    bridge.onWorkOrder(
      makeEvent(1, makeOrder({ id: 'a', title: '路灯不亮' }), 'work-order:created', 'create'),
    );
    expect(ticker.getSnapshot().map((e) => [e.kind, e.title])).toEqual([['created', '路灯不亮']]);
    // The first flush is immediate (leading edge); later ones wait for the batch window.
    expect(markers().map((m) => m.id)).toEqual(['a']);
    bridge.onWorkOrder(makeEvent(2, makeOrder({ id: 'b' }), 'work-order:created', 'create'));
    bridge.onWorkOrder(makeEvent(3, makeOrder({ id: 'c' }), 'work-order:created', 'create'));
    expect(markers().map((m) => m.id)).toEqual(['a']);
    vi.advanceTimersByTime(MARKER_BATCH_MS);
    expect(markers().map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('removes a closed order from the map and lists escalations and supervisions, not other updates', () => {
    bridge.onWorkOrder(makeEvent(1, makeOrder({ id: 'a' }), 'work-order:created', 'create'));
    bridge.onWorkOrder(makeEvent(2, makeOrder({ id: 'a', version: 2, status: 'registered' })));
    bridge.onWorkOrder(
      makeEvent(
        3,
        makeOrder({ id: 'a', version: 3, escalationLevel: 'village' }),
        'work-order:updated',
        'escalate',
      ),
    );
    bridge.onWorkOrder(makeEvent(4, makeOrder({ id: 'a', version: 4 }), 'work-order:updated', 'supervise'));
    bridge.onWorkOrder(
      makeEvent(5, makeOrder({ id: 'a', version: 5, status: 'closed' }), 'work-order:updated', 'close'),
    );
    vi.advanceTimersByTime(MARKER_BATCH_MS);
    expect(markers()).toEqual([]);
    expect(ticker.getSnapshot().map((e) => [e.seq, e.kind, e.level])).toEqual([
      [4, 'supervised', 'grid'],
      [3, 'escalated', 'village'],
      [1, 'created', 'grid'],
    ]);
  });

  it('patches a camera status and announces an alert', () => {
    bridge.onOtherEvent({
      type: 'camera:status-changed',
      seq: 1,
      at: '2026-03-01T09:20:00+08:00',
      action: 'status',
      actor: { userId: 'u-operator', username: 'operator', role: 'operator' },
      entityId: camera.id,
      reason: null,
      entity: { ...camera, status: 'alerting', version: 2 },
    });
    expect(queryClient.getQueryData<CameraList>(wallKeys.cameras())!.items[0]!.status).toBe('alerting');
    expect(ticker.getSnapshot()[0]).toMatchObject({
      kind: 'camera-alert',
      entityId: 'CAM-001',
      detail: 'YT-JC-01',
    });
  });

  it('keeps the ticker bounded and free of replayed duplicates', () => {
    for (let seq = 1; seq <= TICKER_CAPACITY + 25; seq++)
      bridge.onWorkOrder(makeEvent(seq, makeOrder({ id: `o${seq}` }), 'work-order:created', 'create'));
    ticker.push({ ...ticker.getSnapshot()[0]!, title: 'replayed' });
    const entries = ticker.getSnapshot();
    expect(entries).toHaveLength(TICKER_CAPACITY);
    expect(entries[0]!.seq).toBe(TICKER_CAPACITY + 25);
    expect(entries.some((e) => e.title === 'replayed')).toBe(false);
  });
});
