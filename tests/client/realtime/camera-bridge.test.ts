import type { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../src/client/app/query-client';
import { applyCameraChange } from '../../../src/client/lib/cameras/apply-camera';
import type { CameraPage } from '../../../src/client/lib/cameras/get-cameras';
import { cameraKeys } from '../../../src/client/lib/cameras/keys';
import type { CameraList } from '../../../src/client/lib/wall/get-wall-entities';
import { wallKeys } from '../../../src/client/lib/wall/keys';
import {
  createRealtimeBridge,
  INVALIDATE_THROTTLE_MS,
  type OtherEvent,
  type RealtimeBridge,
} from '../../../src/client/realtime/bridge';
import { createConnectionStore } from '../../../src/client/realtime/connection-store';
import { createTickerStore } from '../../../src/client/realtime/ticker-store';
import type { Camera } from '../../../src/shared/schemas/town';

const cam = (id: string, extra: Partial<Camera> = {}): Camera => ({
  id,
  name: `探头-${id}`,
  source: 'community',
  gridId: 'YT-JC-01',
  location: { lat: 34.88, lng: 116.85 },
  status: 'online',
  ptz: false,
  streams: { sub: { hls: `/sim/hls/${id}/index.m3u8`, codec: 'h264', width: 640, height: 360 } },
  health: { kind: 'none' },
  snapshotUrl: null,
  version: 1,
  ...extra,
});

type CameraType = 'camera:created' | 'camera:updated' | 'camera:deleted' | 'camera:status-changed';
let seq = 0;
function event(type: CameraType, entity: Camera): OtherEvent {
  seq += 1;
  return {
    type,
    seq,
    at: '2026-11-28T20:00:00+08:00',
    action: type.slice(7),
    actor: { userId: 'u-admin', username: 'admin', role: 'admin' },
    entityId: entity.id,
    reason: null,
    entity,
  };
}

let queryClient: QueryClient;
let bridge: RealtimeBridge;
const filters = { source: 'community' };

beforeEach(() => {
  vi.useFakeTimers();
  seq = 0;
  queryClient = createQueryClient();
  bridge = createRealtimeBridge(queryClient, createConnectionStore(), createTickerStore());
  queryClient.setQueryData<CameraList>(wallKeys.cameras(), { items: [cam('A'), cam('C')], total: 2 });
  queryClient.setQueryData<CameraPage>(cameraKeys.list(filters), { items: [cam('A'), cam('C')], total: 2 });
});
afterEach(() => {
  bridge.dispose();
  queryClient.clear();
  vi.useRealTimers();
});

const wallIds = (): string[] =>
  queryClient.getQueryData<CameraList>(wallKeys.cameras())!.items.map((c) => c.id);
const wallCam = (id: string): Camera | undefined =>
  queryClient.getQueryData<CameraList>(wallKeys.cameras())!.items.find((c) => c.id === id);

describe('realtime bridge → the cameras cache', () => {
  it('adds a created camera in id order, replaces an updated one and removes a deleted one', () => {
    bridge.onOtherEvent(event('camera:created', cam('B')));
    expect(wallIds()).toEqual(['A', 'B', 'C']);
    expect(queryClient.getQueryData<CameraList>(wallKeys.cameras())!.total).toBe(3);

    bridge.onOtherEvent(event('camera:updated', cam('A', { name: '东门', version: 2 })));
    expect(wallCam('A')!.name).toBe('东门');

    bridge.onOtherEvent(event('camera:deleted', cam('C', { version: 2 })));
    expect(wallIds()).toEqual(['A', 'B']);
    expect(queryClient.getQueryData<CameraList>(wallKeys.cameras())!.total).toBe(2);
  });

  it('ignores what is not newer than the cached version (echoes, late events)', () => {
    bridge.onOtherEvent(event('camera:updated', cam('A', { name: '新', version: 3 })));
    bridge.onOtherEvent(event('camera:updated', cam('A', { name: '旧', version: 2 })));
    bridge.onOtherEvent(event('camera:deleted', cam('A', { version: 3 })));
    expect(wallCam('A')!.name).toBe('新');
    bridge.onOtherEvent(event('camera:status-changed', cam('Z', { status: 'offline', version: 5 })));
    expect(wallIds()).toEqual(['A', 'C']);
  });

  it('patches the registry lists by id and refetches them for membership, once per window', () => {
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    bridge.onOtherEvent(event('camera:updated', cam('A', { name: '改', version: 2 })));
    bridge.onOtherEvent(event('camera:deleted', cam('C', { version: 2 })));
    bridge.onOtherEvent(event('camera:created', cam('D', { source: 'police' })));
    const list = queryClient.getQueryData<CameraPage>(cameraKeys.list(filters))!;
    // A filtered list does not guess whether a new camera matches it: the refetch decides.
    expect(list.items.map((c) => [c.id, c.name])).toEqual([['A', '改']]);
    const refetches = (): number =>
      invalidate.mock.calls.filter(
        ([f]) => JSON.stringify(f?.queryKey) === JSON.stringify(cameraKeys.lists()),
      ).length;
    // Leading edge at the first event, one trailing run for the other two.
    expect(refetches()).toBe(1);
    vi.advanceTimersByTime(INVALIDATE_THROTTLE_MS + 10);
    expect(refetches()).toBe(2);
  });

  it('leaves an absent cache alone', () => {
    expect(applyCameraChange(undefined, 'created', cam('X'), true)).toBeUndefined();
  });
});
