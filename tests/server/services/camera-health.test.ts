import { describe, expect, it } from 'vitest';
import {
  CameraHealthPoller,
  decideHealth,
  FROZEN_AFTER_MS,
} from '../../../src/server/services/camera-health';
import type { Camera, CameraStatus } from '../../../src/shared/schemas/town';
import type { MediaPathList } from '../../../src/shared/schemas/video';

const path = (name: string, ready: boolean, bytes: number): MediaPathList['items'][number] => ({
  name,
  ready,
  readyTime: null,
  tracks: ['H264'],
  bytesReceived: bytes,
});

describe('camera health decision', () => {
  it('missing or not ready is offline; bytes unchanged for 3 s is frozen; growing is online', () => {
    expect(decideHealth(undefined, undefined, 0).health).toBe('offline');
    expect(decideHealth(path('A', false, 0), undefined, 0).health).toBe('offline');
    const first = decideHealth(path('A', true, 100), undefined, 1000);
    expect(first.health).toBe('online');
    const same = decideHealth(path('A', true, 100), first.track, 1000 + FROZEN_AFTER_MS - 1);
    expect(same.health).toBe('online');
    expect(decideHealth(path('A', true, 100), same.track, 1000 + FROZEN_AFTER_MS).health).toBe('frozen');
    expect(decideHealth(path('A', true, 200), same.track, 9000).health).toBe('online');
  });
});

describe('camera health poller', () => {
  function setup(statuses: Record<string, CameraStatus>, list: () => MediaPathList) {
    const cams = new Map(
      Object.entries(statuses).map(([id, status]) => [
        id,
        {
          id,
          status,
          health: { kind: 'mediamtx', url: '/sim/v3/paths/list', path: id },
        } as unknown as Camera,
      ]),
    );
    const writes: Array<[string, CameraStatus]> = [];
    let nowMs = 0;
    const poller = new CameraHealthPoller({
      cameras: async () => [...cams.values()],
      entities: {
        setCameraStatus: async (_u, id, status) => {
          writes.push([id, status]);
          cams.set(id, { ...cams.get(id)!, status });
          return { status: 200, body: null, events: [] };
        },
      },
      now: () => new Date(nowMs),
      localList: async () => list(),
      intervalMs: 1000,
      log: { warn: () => undefined },
    });
    return { poller, writes, cams, advance: (ms: number) => (nowMs += ms) };
  }

  it('never turns alerting into online, but does report it offline', async () => {
    let ready = true;
    const { poller, writes, advance } = setup({ A: 'alerting' }, () => ({
      pageCount: 1,
      itemCount: 1,
      items: [path('A', ready, Date.now())],
    }));
    await poller.tick();
    expect(writes).toEqual([]);
    ready = false;
    advance(1000);
    await poller.tick();
    expect(writes).toEqual([['A', 'offline']]);
  });

  it('writes a change of health once, and leaves a status set by hand until health changes again', async () => {
    let bytes = 0;
    let ready = false;
    const { poller, writes, cams, advance } = setup({ B: 'online' }, () => ({
      pageCount: 1,
      itemCount: 1,
      items: [path('B', ready, bytes)],
    }));
    await poller.tick();
    await poller.tick();
    expect(writes).toEqual([['B', 'offline']]);
    ready = true;
    for (let i = 0; i < 3; i++) {
      bytes += 10;
      advance(1000);
      await poller.tick();
    }
    expect(writes).toEqual([
      ['B', 'offline'],
      ['B', 'online'],
    ]);
    cams.set('B', { ...cams.get('B')!, status: 'offline' }); // an operator's hand-set status
    bytes += 10;
    advance(1000);
    await poller.tick();
    expect(writes.length).toBe(2);
  });
});
