import { describe, expect, it } from 'vitest';
import { upgradeCamera } from '../../../src/server/db/camera-upgrade';
import { camera } from '../../../src/shared/schemas/town';

const legacy = {
  id: 'CAM-0007',
  name: '杨屯社区第1网格-小区东门-01',
  source: 'community' as const,
  gridId: 'YT-JC-01',
  location: { lat: 34.88, lng: 116.85 },
  status: 'online' as const,
  ptz: false,
  snapshotUrl: '/sim/snapshot/CAM-0007.jpg',
  version: 3,
};

describe('upgradeCamera', () => {
  it('turns a stored streamUrl into a 640×360 H.264 sub stream read for health from the simulator', () => {
    const up = upgradeCamera({ ...legacy, streamUrl: '/sim/hls/CAM-0007/index.m3u8' });
    expect(camera.parse(up)).toEqual(up);
    expect(up.streams).toEqual({
      sub: { hls: '/sim/hls/CAM-0007/index.m3u8', codec: 'h264', width: 640, height: 360 },
    });
    expect(up.health).toEqual({ kind: 'mediamtx', url: '/sim/v3/paths/list', path: 'CAM-0007' });
    expect(up).not.toHaveProperty('streamUrl');
    expect(up.version).toBe(3);
  });

  it('leaves the health to people for a stream outside the simulator', () => {
    const up = upgradeCamera({ ...legacy, streamUrl: 'http://10.0.0.5:8888/cam7/index.m3u8' });
    expect(up.streams.sub.hls).toBe('http://10.0.0.5:8888/cam7/index.m3u8');
    expect(up.health).toEqual({ kind: 'none' });
  });

  it('returns a camera already in the current shape unchanged', () => {
    const current = upgradeCamera({ ...legacy, streamUrl: null });
    expect(upgradeCamera(current)).toBe(current);
  });
});
