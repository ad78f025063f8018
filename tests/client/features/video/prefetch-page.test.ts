import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchPage, tilePlaylist } from '../../../../src/client/lib/video/prefetch-page';
import { snapshotSrc } from '../../../../src/client/lib/video/snapshot-src';
import { makeCamera } from './camera-fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('prefetchPage', () => {
  it('loads stills and playlists of the next page without creating players', () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response('#EXTM3U')));
    vi.stubGlobal('fetch', fetchMock);
    const images: string[] = [];
    vi.stubGlobal(
      'Image',
      class {
        decoding = '';
        set src(value: string) {
          images.push(value);
        }
      },
    );
    const createElement = vi.spyOn(document, 'createElement');
    const cameras = [
      makeCamera(1),
      makeCamera(2, { status: 'offline' }),
      makeCamera(3, { streams: { sub: { hls: '/h265.m3u8', codec: 'h265', width: 640, height: 360 } } }),
    ];

    expect(prefetchPage(cameras, 60_000)).toBe(4);
    expect(images).toEqual(cameras.map((c) => snapshotSrc(c.snapshotUrl!, 60_000)));
    // Only the online H.264 camera has a playlist worth warming.
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]).toEqual(['/sim/hls/CAM-0001/index.m3u8', expect.anything()]);
    expect(createElement).not.toHaveBeenCalledWith('video');
    expect(document.querySelectorAll('video')).toHaveLength(0);
  });

  it('a still URL changes each period and is shared within one', () => {
    expect(snapshotSrc('/s.jpg', 0)).toBe(snapshotSrc('/s.jpg', 29_999));
    expect(snapshotSrc('/s.jpg', 0)).not.toBe(snapshotSrc('/s.jpg', 30_000));
    expect(snapshotSrc('/s.jpg?a=1', 0)).toBe('/s.jpg?a=1&t=0');
  });

  it('plays only H.264', () => {
    expect(tilePlaylist(makeCamera(1))).toBe('/sim/hls/CAM-0001/index.m3u8');
    expect(
      tilePlaylist(
        makeCamera(1, { streams: { sub: { hls: '/x.m3u8', codec: 'h265', width: 1, height: 1 } } }),
      ),
    ).toBeNull();
  });
});
