import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CameraFaultsSection } from '../../../src/client/features/admin/camera-faults-section';
import type { Camera } from '../../../src/shared/schemas/town';
import type { CameraFaultEntry } from '../../../src/shared/schemas/video';
import { json } from '../fixtures';
import { renderWithProviders } from '../render';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const cam = (id: string, name: string): Camera => ({
  id,
  name,
  source: 'community',
  gridId: 'YT-JC-01',
  location: { lat: 34.88, lng: 116.85 },
  status: 'online',
  ptz: false,
  streams: { sub: { hls: `/sim/hls/${id}/index.m3u8`, codec: 'h264', width: 640, height: 360 } },
  snapshotUrl: `/sim/snapshot/${id}.jpg`,
  health: { kind: 'mediamtx', url: '/sim/v3/paths/list', path: id },
  version: 1,
});
const CAMERAS = [cam('CAM-0001', '东门-01'), cam('CAM-0002', '西街路口')];

interface Post {
  path: string;
  body: unknown;
  key: string | null;
}

/** GET /api/cameras (search), GET /api/cameras/faults and POST …/faults, with state. */
function server(initial: CameraFaultEntry[]): Post[] {
  const posts: Post[] = [];
  let faults = [...initial];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname === '/api/cameras/faults') return json({ items: faults, total: faults.length });
    if (url.pathname === '/api/cameras') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const items = CAMERAS.filter((c) => c.id.toLowerCase().includes(q) || c.name.includes(q));
      return json({ items, total: items.length });
    }
    const set = /^\/api\/cameras\/([^/]+)\/faults$/.exec(url.pathname);
    if (set && init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as { fault: CameraFaultEntry['fault'] | null };
      posts.push({ path: url.pathname, body, key: new Headers(init.headers).get('idempotency-key') });
      const cameraId = set[1]!;
      faults = faults.filter((f) => f.cameraId !== cameraId);
      if (body.fault) {
        faults.push({
          cameraId,
          fault: body.fault,
          since: '2026-11-28T10:00:00.000+08:00',
          setBy: 'u-admin',
        });
      }
      return json({ cameraId, fault: body.fault });
    }
    return json({ error: { code: 'not_found', message: url.pathname } }, 404);
  });
  return posts;
}

describe('摄像机故障注入 at /admin', () => {
  it('finds a camera by name, injects a fault and lists it in Chinese', async () => {
    const posts = server([]);
    renderWithProviders(<CameraFaultsSection />);
    expect(await screen.findByText('暂无故障，所有模拟摄像机正常。')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('查找摄像机（编号或名称）'), { target: { value: '西街' } });
    const pick = screen.getByLabelText('摄像机');
    await within(pick).findByText('CAM-0002 · 西街路口');
    fireEvent.change(pick, { target: { value: 'CAM-0002' } });
    fireEvent.change(screen.getByLabelText('故障'), { target: { value: 'frozen' } });
    fireEvent.click(screen.getByRole('button', { name: '注入故障' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ path: '/api/cameras/CAM-0002/faults', body: { fault: 'frozen' } });
    expect(posts[0]!.key).toBeTruthy();
    const table = await screen.findByTestId('camera-faults');
    expect(within(table).getByText('CAM-0002')).toBeTruthy();
    expect(within(table).getByText('画面冻结')).toBeTruthy();
  });

  it('clears a fault from the list', async () => {
    const posts = server([
      { cameraId: 'CAM-0001', fault: 'offline', since: '2026-11-28T09:00:00.000+08:00', setBy: 'system' },
    ]);
    renderWithProviders(<CameraFaultsSection />);
    const table = await screen.findByTestId('camera-faults');
    expect(within(table).getByText('离线')).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: '清除' }));
    await waitFor(() => expect(posts).toEqual([expect.objectContaining({ body: { fault: null } })]));
    expect(await screen.findByText('暂无故障，所有模拟摄像机正常。')).toBeTruthy();
  });
});
