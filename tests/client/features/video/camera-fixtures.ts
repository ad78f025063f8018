import type { Camera } from '../../../../src/shared/schemas/town';

export function makeCamera(n: number, overrides: Partial<Camera> = {}): Camera {
  const id = `CAM-${String(n).padStart(4, '0')}`;
  return {
    id,
    name: `测试摄像头-${n}`,
    source: 'community',
    gridId: n % 2 === 0 ? 'YT-JC-01' : 'YT-JC-02',
    location: { lat: 34.88, lng: 116.85 },
    status: 'online',
    ptz: false,
    streams: { sub: { hls: `/sim/hls/${id}/index.m3u8`, codec: 'h264', width: 640, height: 360 } },
    snapshotUrl: `/sim/snapshot/${id}.jpg`,
    health: { kind: 'none' },
    version: 1,
    ...overrides,
  };
}

export function makeCameras(count: number): Camera[] {
  return Array.from({ length: count }, (_, i) => makeCamera(i + 1));
}
