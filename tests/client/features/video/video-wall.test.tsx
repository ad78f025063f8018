import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VideoWall } from '../../../../src/client/features/video/video-wall';
import { renderWithProviders } from '../../render';
import { makeCamera, makeCameras } from './camera-fixtures';
import { FakeHls, live, stubMedia } from './fake-hls';

vi.mock('hls.js', async () => ({ default: (await import('./fake-hls')).FakeHls }));

const fetchMock = vi.fn((_url: string, _init?: RequestInit) => Promise.resolve(new Response('#EXTM3U')));

beforeEach(() => {
  FakeHls.instances = [];
  stubMedia();
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const cameras = makeCameras(40);
const names = new Map<string, string>();
const shownIds = () => screen.getAllByTestId('video-tile').map((t) => t.dataset.cameraId);
const pageText = () => screen.getByTestId('video-patrol-page').textContent;

async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('VideoWall', () => {
  it.each([1, 4, 9, 16] as const)('lays out %i tiles, each with one player', async (layout) => {
    const { container } = renderWithProviders(
      <VideoWall
        cameras={cameras}
        gridNames={names}
        layout={layout}
        intervalMs={5000}
        running={false}
        roundName="全镇"
        controls
      />,
    );
    await advance(0);
    expect(screen.getAllByTestId('video-tile')).toHaveLength(layout);
    expect(container.querySelectorAll('video')).toHaveLength(layout);
    expect(live()).toHaveLength(layout);
  });

  it('[patrol] 40 cameras at 9 tiles every 2 s: pages change, ≤ 9 players, past players destroyed', async () => {
    const { container } = renderWithProviders(
      <VideoWall
        cameras={cameras}
        gridNames={names}
        layout={9}
        intervalMs={2000}
        running
        roundName="全镇"
        controls
      />,
    );
    await advance(0);
    expect(pageText()).toBe('第 1/5 页');
    expect(shownIds()).toEqual(cameras.slice(0, 9).map((c) => c.id));
    // The next page is warmed through its playlists, never players.
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(
      cameras.slice(9, 18).map((c) => c.streams.sub.hls),
    );

    const firstPage = FakeHls.instances.slice();
    const seen = new Set<string | undefined>();
    for (let step = 0; step < 6; step++) {
      for (let i = 0; i < 8; i++) {
        await advance(250);
        expect(container.querySelectorAll('video').length).toBeLessThanOrEqual(9);
        expect(live().length).toBeLessThanOrEqual(9);
      }
      shownIds().forEach((id) => seen.add(id));
    }
    expect(seen.size).toBe(40);
    expect(firstPage.every((h) => h.destroyed)).toBe(true);
    expect(firstPage.every((h) => !h.media?.hasAttribute('src'))).toBe(true);
    // The last page holds 4 cameras and 5 empty slots.
    expect(FakeHls.instances.length).toBeGreaterThanOrEqual(40);
  });

  it('pause holds the page; resume continues', async () => {
    renderWithProviders(
      <VideoWall
        cameras={cameras}
        gridNames={names}
        layout={9}
        intervalMs={2000}
        running
        roundName="全镇"
        controls
      />,
    );
    await advance(0);
    fireEvent.click(screen.getByTestId('patrol-pause'));
    expect(screen.getByTestId('video-patrol').dataset.paused).toBe('true');
    await advance(10_000);
    expect(pageText()).toBe('第 1/5 页');
    fireEvent.click(screen.getByTestId('patrol-resume'));
    await advance(2000);
    expect(pageText()).toBe('第 2/5 页');
  });

  it('a tile opens one focused player (main stream) and the patrol waits for it', async () => {
    const list = [
      makeCamera(1, {
        streams: {
          sub: { hls: '/sub.m3u8', codec: 'h264', width: 640, height: 360 },
          main: { hls: '/main.m3u8', codec: 'h264', width: 1920, height: 1080 },
        },
      }),
      ...makeCameras(20).slice(1),
    ];
    renderWithProviders(
      <VideoWall
        cameras={list}
        gridNames={names}
        layout={4}
        intervalMs={2000}
        running
        roundName="全镇"
        controls
      />,
    );
    await advance(0);
    fireEvent.click(screen.getByRole('button', { name: `全屏查看 ${list[0]!.name}` }));
    await advance(0);
    expect(screen.getByTestId('video-focus')).toBeTruthy();
    expect(live().map((h) => h.url)).toContain('/main.m3u8');
    await advance(6000);
    expect(pageText()).toBe('第 1/5 页');
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByTestId('video-focus')).toBeNull();
    expect(live()).toHaveLength(4);
    await advance(2000);
    expect(pageText()).toBe('第 2/5 页');
  });
});
