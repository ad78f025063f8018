import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mediaPathList } from '../../../src/shared/schemas/video';
import { api, startTestServer, type TestServer } from '../../helpers/test-server';

let ts: TestServer;

beforeAll(async () => {
  ts = await startTestServer({ CAMERA_HEALTH_POLL_MS: '200' });
});
afterAll(async () => {
  await ts.stop();
});

const raw = async (path: string): Promise<Response> => fetch(`${ts.baseUrl}${path}`);
const bytesOf = async (res: Response): Promise<Buffer> => Buffer.from(await res.arrayBuffer());
const segmentsOf = (playlist: string): string[] =>
  playlist.split('\n').filter((l) => l && !l.startsWith('#'));

describe('built-in camera simulator (/sim/*)', () => {
  it('serves a live playlist without a session, with CORS open and no caching', async () => {
    const res = await raw('/sim/hls/CAM-0001/index.m3u8');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toContain('application/vnd.apple.mpegurl');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const text = await res.text();
    expect(text).toMatch(/^#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXT-X-MEDIA-SEQUENCE:\d+\n/);
    expect(segmentsOf(text).length).toBeGreaterThanOrEqual(4);
  });

  it('serves immutable MPEG-TS segments (sync byte 0x47 every 188 bytes)', async () => {
    const playlist = await (await raw('/sim/hls/CAM-0002/index.m3u8')).text();
    const uri = segmentsOf(playlist)[0]!;
    const res = await raw(`/sim/hls/CAM-0002/${uri}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('video/mp2t');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await bytesOf(res);
    expect(body.length % 188).toBe(0);
    for (let i = 0; i < body.length; i += 188) expect(body[i]).toBe(0x47);
  });

  it('neighbouring cameras play different clips', async () => {
    const a = segmentsOf(await (await raw('/sim/hls/CAM-0001/index.m3u8')).text());
    const b = segmentsOf(await (await raw('/sim/hls/CAM-0002/index.m3u8')).text());
    expect(a[0]!.split('/')[0]).not.toBe(b[0]!.split('/')[0]);
  });

  it('answers a JPEG snapshot that changes over time', async () => {
    const first = await raw('/sim/snapshot/CAM-0003.jpg');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/jpeg');
    const a = await bytesOf(first);
    expect([...a.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    await vi.waitFor(
      async () => {
        const b = await bytesOf(await raw('/sim/snapshot/CAM-0003.jpg'));
        expect(b.equals(a)).toBe(false);
      },
      { timeout: 3000, interval: 200 },
    );
  });

  it('says 404 with a reason for an unknown camera, segment or file, CORS still open', async () => {
    for (const path of [
      '/sim/hls/NO-SUCH-CAM/index.m3u8',
      '/sim/snapshot/NO-SUCH-CAM.jpg',
      '/sim/hls/NO-SUCH-CAM/street/0.ts',
      '/sim/hls/CAM-0001/no-such-clip/0.ts',
      '/sim/snapshot/CAM-0001.png',
      '/sim/nothing-here',
    ]) {
      const res = await api(ts.baseUrl, 'GET', path);
      expect(res.status, path).toBe(404);
      expect((res.body as { error: { message: string } }).error.message, path).toBeTruthy();
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });

  it('lists a MediaMTX-shaped path per camera whose bytesReceived grows while live', async () => {
    const read = async () => mediaPathList.parse((await api(ts.baseUrl, 'GET', '/sim/v3/paths/list')).body);
    const list = await read();
    const cameras = (await api(ts.baseUrl, 'GET', '/api/cameras?limit=1000')).status;
    expect(cameras).toBe(401); // the API itself still needs a session
    expect(list.itemCount).toBe(list.items.length);
    expect(list.items.length).toBeGreaterThanOrEqual(300);
    const live = list.items.find((p) => p.name === 'CAM-0004')!;
    expect(live).toMatchObject({ ready: true, tracks: ['H264'] });
    await vi.waitFor(
      async () => {
        const later = (await read()).items.find((p) => p.name === 'CAM-0004')!;
        expect(later.bytesReceived).toBeGreaterThan(live.bytesReceived);
      },
      { timeout: 3000, interval: 200 },
    );
  });
});
