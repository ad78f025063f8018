import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VideoTile } from '../../../../src/client/features/video/video-tile';
import { renderWithProviders } from '../../render';
import { makeCamera } from './camera-fixtures';
import { FakeHls, live, stubMedia } from './fake-hls';

vi.mock('hls.js', async () => ({ default: (await import('./fake-hls')).FakeHls }));

const flush = () => act(async () => {});

beforeEach(() => {
  FakeHls.instances = [];
  stubMedia();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function tile(): HTMLElement {
  return screen.getByTestId('video-tile');
}

describe('VideoTile', () => {
  it('an offline camera shows its still and no <video>', async () => {
    const { container } = renderWithProviders(
      <VideoTile camera={makeCamera(1, { status: 'offline' })} gridName="第1网格" onOpen={() => {}} />,
    );
    await flush();
    expect(tile().dataset.state).toBe('offline');
    expect(tile().dataset.cameraId).toBe('CAM-0001');
    expect(container.querySelector('video')).toBeNull();
    expect(container.querySelector('img')?.getAttribute('src')).toMatch(
      /^\/sim\/snapshot\/CAM-0001\.jpg\?t=\d+$/,
    );
    expect(screen.getAllByText('离线').length).toBeGreaterThan(0);
    expect(FakeHls.instances).toHaveLength(0);
  });

  it('an H.265 camera says 需转码 with its still and creates no player', async () => {
    const camera = makeCamera(2, {
      streams: { sub: { hls: '/h265/index.m3u8', codec: 'h265', width: 640, height: 360 } },
    });
    const { container } = renderWithProviders(<VideoTile camera={camera} gridName="g" onOpen={() => {}} />);
    await flush();
    expect(tile().dataset.state).toBe('needs-transcode');
    expect(screen.getByText('需转码')).toBeTruthy();
    expect(container.querySelector('video')).toBeNull();
    expect(container.querySelector('img')).not.toBeNull();
    expect(FakeHls.instances).toHaveLength(0);
  });

  it('plays the sub stream muted and inline with the tile settings; unmount destroys and empties', async () => {
    const { container, unmount } = renderWithProviders(
      <VideoTile camera={makeCamera(3)} gridName="杨屯第1网格" onOpen={() => {}} />,
    );
    expect(tile().dataset.state).toBe('loading');
    await flush();
    const video = container.querySelector('video')!;
    expect(video.muted).toBe(true);
    expect(video.hasAttribute('playsinline')).toBe(true);
    expect(video.autoplay).toBe(true);
    const [hls] = FakeHls.instances;
    expect(hls?.url).toBe('/sim/hls/CAM-0003/index.m3u8');
    expect(hls?.media).toBe(video);
    expect(hls?.config).toMatchObject({ backBufferLength: 10, maxBufferLength: 8, liveSyncDurationCount: 3 });
    expect(window.__gridcommandVideo?.live).toBe(1);

    fireEvent(video, new Event('playing'));
    expect(tile().dataset.state).toBe('playing');
    expect(screen.getByText('在线')).toBeTruthy();
    expect(screen.getByText('杨屯第1网格')).toBeTruthy();

    unmount();
    expect(hls?.destroyed).toBe(true);
    expect(video.hasAttribute('src')).toBe(false);
    expect(window.__gridcommandVideo?.live).toBe(0);
  });

  it('a fatal error destroys the player and reconnects after a back-off', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
    renderWithProviders(<VideoTile camera={makeCamera(4)} gridName="g" onOpen={() => {}} />);
    await flush();
    expect(live()).toHaveLength(1);
    act(() => FakeHls.instances[0]!.fatal());
    expect(tile().dataset.state).toBe('stalled');
    expect(live()).toHaveLength(0);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(FakeHls.instances).toHaveLength(2);
    expect(live()).toHaveLength(1);
  });

  it('the watchdog reconnects when the picture stops advancing for ~6 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
    const { container } = renderWithProviders(
      <VideoTile camera={makeCamera(5)} gridName="g" onOpen={() => {}} />,
    );
    await flush();
    const video = container.querySelector('video')!;
    let t = 0;
    Object.defineProperty(video, 'currentTime', { get: () => t, configurable: true });
    fireEvent(video, new Event('playing'));
    for (let i = 0; i < 10; i++) {
      t += 1;
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1000);
      });
    }
    expect(FakeHls.instances).toHaveLength(1); // advancing: left alone
    await act(async () => {
      await vi.advanceTimersByTimeAsync(7000);
    });
    expect(FakeHls.instances[0]!.destroyed).toBe(true);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(live()).toHaveLength(1);
    expect(FakeHls.instances).toHaveLength(2);
  });

  it('clicking a tile asks to open it', async () => {
    const onOpen = vi.fn();
    const camera = makeCamera(6);
    renderWithProviders(<VideoTile camera={camera} gridName="g" onOpen={onOpen} />);
    await flush();
    fireEvent.click(screen.getByRole('button', { name: `全屏查看 ${camera.name}` }));
    expect(onOpen).toHaveBeenCalledWith(camera);
  });
});
