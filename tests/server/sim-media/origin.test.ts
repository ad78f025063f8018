import { describe, expect, it } from 'vitest';
import type { SimClip } from '../../../src/server/sim-media/clips';
import { SimMediaOrigin } from '../../../src/server/sim-media/origin';
import type { CameraFault } from '../../../src/shared/schemas/video';

/** Three tiny fake clips: segment i of clip c holds the bytes [c, i]. */
const clips: SimClip[] = ['a', 'b', 'c'].map((name, c) => ({
  name,
  label: name,
  durations: Array.from({ length: 5 }, () => 1),
  segments: Array.from({ length: 5 }, (_, i) => ({
    ts: Buffer.from([c, i]),
    jpeg: Buffer.from([0xff, c, i]),
  })),
  bytesPerSecond: 1000,
}));

const START_MS = Date.parse('2026-11-28T08:00:00.000Z');

function origin(faults: Record<string, { fault: CameraFault; sinceMs: number }> = {}) {
  let nowMs = START_MS;
  const o = new SimMediaOrigin({
    clips,
    now: () => new Date(nowMs),
    hasCamera: async (id) => id.startsWith('CAM-'),
    cameraIds: async () => ['CAM-0001', 'CAM-0002'],
    faultOf: (id) => faults[id] ?? null,
  });
  return { o, advance: (ms: number) => (nowMs += ms) };
}
const tag = (text: string, name: string): number => Number(new RegExp(`#${name}:(\\d+)`).exec(text)?.[1]);

describe('sim-media origin', () => {
  it('keeps media and discontinuity sequence numbers small (hls.js indexes arrays by them)', async () => {
    const { o, advance } = origin();
    const first = await o.playlist('CAM-0001');
    if (first.kind !== 'ok') throw new Error(first.kind);
    expect(tag(first.value, 'EXT-X-MEDIA-SEQUENCE')).toBeLessThan(10);
    advance(3_000);
    const later = await o.playlist('CAM-0001');
    if (later.kind !== 'ok') throw new Error(later.kind);
    expect(tag(later.value, 'EXT-X-MEDIA-SEQUENCE')).toBe(tag(first.value, 'EXT-X-MEDIA-SEQUENCE') + 3);
    expect(tag(later.value, 'EXT-X-DISCONTINUITY-SEQUENCE')).toBeLessThan(10);
  });

  it('snapshots follow the clock; a frozen camera keeps its playlist, snapshot and byte count', async () => {
    const { o, advance } = origin();
    const s0 = await o.snapshot('CAM-0001');
    advance(1_000);
    expect(await o.snapshot('CAM-0001')).not.toEqual(s0);

    const frozen = origin({ 'CAM-0002': { fault: 'frozen', sinceMs: START_MS + 500 } });
    const p0 = await frozen.o.playlist('CAM-0002');
    const b0 = (await frozen.o.paths()).items.find((p) => p.name === 'CAM-0002');
    frozen.advance(5_000);
    expect(await frozen.o.playlist('CAM-0002')).toEqual(p0);
    expect((await frozen.o.paths()).items.find((p) => p.name === 'CAM-0002')).toEqual(b0);
    const live = (await frozen.o.paths()).items.find((p) => p.name === 'CAM-0001')!;
    expect(live.bytesReceived).toBeGreaterThan(b0!.bytesReceived);
  });

  it('an offline camera answers offline and is not ready; an unknown one is unknown', async () => {
    const { o } = origin({ 'CAM-0001': { fault: 'offline', sinceMs: 0 } });
    expect((await o.playlist('CAM-0001')).kind).toBe('offline');
    expect((await o.segment('CAM-0001', 'a', 0)).kind).toBe('offline');
    expect((await o.paths()).items[0]).toMatchObject({ name: 'CAM-0001', ready: false });
    expect((await o.playlist('X-1')).kind).toBe('unknown');
    expect((await o.segment('CAM-0002', 'no-such-clip', 0)).kind).toBe('unknown');
  });
});
