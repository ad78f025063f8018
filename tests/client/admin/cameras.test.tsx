import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authKeys } from '../../../src/client/lib/auth';
import { CamerasSection } from '../../../src/client/features/admin/cameras-section';
import { cameraInput, type Camera } from '../../../src/shared/schemas/town';
import type { Role } from '../../../src/shared/schemas/user';
import { json } from '../fixtures';
import { renderWithProviders } from '../render';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const square = [
  [
    [116.8, 34.8],
    [116.9, 34.8],
    [116.9, 34.9],
    [116.8, 34.8],
  ],
];
const grids = ['YT-JC-01', 'YT-JC-02'].map((id, i) => ({
  grid_id: id,
  type: 'basic',
  name: `杨屯社区第${i + 1}网格`,
  village_id: 'V1',
  village: '杨屯社区',
  subtype: null,
  area_km2: 1,
  synthetic: true,
  geometry: { type: 'Polygon', coordinates: square },
}));
const existing: Camera = {
  id: 'CAM-0001',
  name: '东门-01',
  source: 'community',
  gridId: 'YT-JC-01',
  location: { lat: 34.88, lng: 116.85 },
  status: 'online',
  ptz: false,
  streams: { sub: { hls: '/sim/hls/CAM-0001/index.m3u8', codec: 'h264', width: 640, height: 360 } },
  snapshotUrl: null,
  health: { kind: 'none' },
  version: 4,
};

interface Write {
  method: string;
  url: URL;
  body: unknown;
}

function server(role: Role, answers: { import?: () => Response } = {}): Write[] {
  const writes: Write[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input.toString(), 'http://localhost');
    const method = init?.method ?? 'GET';
    if (method !== 'GET') {
      const raw = init?.body === undefined ? undefined : String(init.body);
      writes.push({ method, url, body: raw !== undefined && raw.startsWith('[') ? JSON.parse(raw) : raw });
    }
    if (url.pathname === '/api/auth/me')
      return json({ user: { id: `u-${role}`, username: role, displayName: role, role } });
    if (url.pathname === '/api/grids') return json({ items: grids, total: grids.length });
    if (url.pathname === '/api/cameras' && method === 'GET') return json({ items: [existing], total: 1 });
    if (url.pathname === '/api/cameras' && method === 'POST') {
      const body = cameraInput.parse(JSON.parse(String(init?.body)));
      return json({ ...body, status: 'online', version: 1 }, 201);
    }
    if (url.pathname === '/api/cameras/CAM-0001' && method === 'DELETE')
      return json({ ...existing, version: 5 });
    if (url.pathname === '/api/cameras/import' && answers.import) return answers.import();
    return json({ error: { code: 'not_found', message: url.pathname } }, 404);
  });
  return writes;
}

describe('the camera registry (摄像头台账) on /admin', () => {
  it('shows validation messages in Chinese and sends nothing until the form is valid, then POSTs the camera', async () => {
    const writes = server('admin');
    renderWithProviders(<CamerasSection />);
    fireEvent.click(await screen.findByRole('button', { name: '新增摄像头' }));
    const form = screen.getByRole('form', { name: '新增摄像头' });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await within(form).findByText('请先改正标出的字段');
    expect(within(form).getByText(/编号只能包含字母/)).toBeTruthy();
    expect(within(form).getByText('请选择已有的网格')).toBeTruthy();
    expect(within(form).getByText('HLS、LL-HLS、WHEP 至少填写一个')).toBeTruthy();
    expect(writes).toEqual([]);

    const type = (label: string, value: string): void => {
      fireEvent.change(within(form).getAllByLabelText(label)[0]!, { target: { value } });
    };
    type('编号', 'CAM-9001');
    type('名称', '西门-新');
    fireEvent.change(within(form).getByLabelText('所属网格'), { target: { value: 'YT-JC-02' } });
    type('纬度', '34.85');
    type('经度', '116.86');
    type('HLS 地址', 'http://media:8888/west/index.m3u8');
    type('宽', '12');
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await within(form).findByText('分辨率为 16～8192 的整数');
    expect(writes).toEqual([]);
    type('宽', '640');
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await screen.findByText('已保存 西门-新');
    expect(writes).toHaveLength(1);
    expect(JSON.parse(String(writes[0]!.body))).toEqual({
      id: 'CAM-9001',
      name: '西门-新',
      source: 'community',
      gridId: 'YT-JC-02',
      location: { lat: 34.85, lng: 116.86 },
      ptz: false,
      streams: { sub: { hls: 'http://media:8888/west/index.m3u8', codec: 'h264', width: 640, height: 360 } },
      snapshotUrl: null,
      health: { kind: 'none' },
    });
  });

  it('deletes only after confirming, with the version shown', async () => {
    const writes = server('admin');
    renderWithProviders(<CamerasSection />);
    fireEvent.click(await screen.findByRole('button', { name: '删除 东门-01' }));
    const row = screen.getByTestId('camera-CAM-0001');
    expect(writes).toEqual([]);
    fireEvent.click(within(row).getByRole('button', { name: '确认删除' }));
    await screen.findByText('已删除 东门-01');
    expect(writes.map((w) => [w.method, w.url.pathname, w.url.searchParams.get('expectedVersion')])).toEqual([
      ['DELETE', '/api/cameras/CAM-0001', '4'],
    ]);
  });

  it('lists the rows a refused import names', async () => {
    server('admin', {
      import: () =>
        json(
          {
            error: {
              code: 'validation_failed',
              message: '2 of 3 rows refused',
              fields: { 'rows.3': 'gridId: no grid X', 'rows.1': 'streams.sub: a stream needs a URL' },
            },
          },
          400,
        ),
    });
    renderWithProviders(<CamerasSection />);
    const picker = await screen.findByLabelText('导入文件');
    const file = new File(['id,name\r\n'], 'cams.csv', { type: 'text/csv' });
    fireEvent.change(picker, { target: { files: [file] } });
    const submit = screen.getByRole('button', { name: '导入摄像头' });
    await waitFor(() => expect((submit as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(submit);
    const alert = await screen.findByText(/导入被拒绝/);
    const items = within(alert.parentElement!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(['第 1 行：streams.sub: a stream needs a URL', '第 3 行：gridId: no grid X']);
  });

  it('offers no create, edit, delete or import to a role without camera:write', async () => {
    server('operator');
    const { queryClient } = renderWithProviders(<CamerasSection />);
    const row = await screen.findByTestId('camera-CAM-0001');
    // The buttons depend on who is signed in: judge only once that is known.
    await waitFor(() => expect(queryClient.getQueryData(authKeys.me)).toBeDefined());
    expect(within(row).queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('button', { name: '新增摄像头' })).toBeNull();
    expect(screen.queryByLabelText('导入文件')).toBeNull();
    expect(screen.getByRole('link', { name: '导出 CSV（Excel）' }).getAttribute('href')).toBe(
      '/api/cameras/export?format=csv',
    );
  });
});
