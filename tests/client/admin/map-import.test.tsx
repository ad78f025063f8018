import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminPage } from '../../../src/client/features/admin/admin-page';
import type { LayerIssue } from '../../../src/shared/geo/layer-import';
import { json } from '../fixtures';
import { renderWithProviders } from '../render';
import { feature, grids, polygon, rect, villages } from '../../shared/geo/layer-fixtures';
import { adminServer, makeView, type Recorded } from './admin-fakes';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const RESULT = {
  villages: 2,
  grids: 5,
  basicGrids: 4,
  specialisedGrids: 1,
  addedGridIds: ['G-A1', 'G-A2'],
  removedGridIds: [],
};

/** The admin screen's server; POST /api/admin/map-layers answers `answer()` and is recorded. */
function open(answer: () => Response = () => json(RESULT)): Recorded[] {
  const base = adminServer('admin', makeView());
  const writes: Recorded[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname !== '/api/admin/map-layers') return base.fetch(input, init);
    writes.push({ method: init?.method ?? 'GET', path: url.pathname, body: JSON.parse(String(init?.body)) });
    return answer();
  });
  renderWithProviders(<AdminPage />);
  return writes;
}

function choose(label: string, name: string, content: unknown): void {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  fireEvent.change(screen.getByLabelText(label), { target: { files: [new File([text], name)] } });
}

async function submitWhenReady(): Promise<void> {
  const button = screen.getByRole('button', { name: '导入图层' });
  await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
  fireEvent.click(button);
}

describe('地图图层导入 at /admin', () => {
  it('imports two valid files and reports the counts and new grids', async () => {
    const writes = open();
    await screen.findByText('地图图层导入');
    expect(screen.getByRole('button', { name: '导入图层' }).hasAttribute('disabled')).toBe(true);
    choose('村（社区）图层文件', 'villages.geojson', villages());
    choose('网格图层文件', 'grids.geojson', grids());
    await submitWhenReady();

    expect(
      await screen.findByText('导入成功：2 个村（社区），5 个网格（基础网格 4 个，专业网格 1 个）。'),
    ).toBeTruthy();
    expect(screen.getByText('新增网格：G-A1, G-A2')).toBeTruthy();
    expect(writes).toEqual([
      { method: 'POST', path: '/api/admin/map-layers', body: { villages: villages(), grids: grids() } },
    ]);
  });

  it('checks the files before sending: a grid outside its village is listed and nothing goes out', async () => {
    const writes = open();
    await screen.findByText('地图图层导入');
    const g = grids();
    g.features[1] = feature(
      { grid_id: 'G-A2', type: 'basic', name: '甲村第2网格', village_id: 'VB' },
      polygon(rect(1, 0, 2, 2)),
    );
    choose('村（社区）图层文件', 'villages.geojson', villages());
    choose('网格图层文件', 'grids.geojson', g);
    await submitWhenReady();

    const alert = await screen.findByText('文件中发现 1 处问题，尚未上传：');
    const list = screen.getByTestId('layer-issues');
    expect(alert).toBeTruthy();
    expect(list.textContent).toContain('网格图层 · G-A2 · features[1].geometry.coordinates[0]');
    expect(list.textContent).toContain('有 2 个顶点位于所属村 VB 的范围之外');
    expect(writes).toEqual([]);
  });

  it('says which file is not JSON', async () => {
    open();
    await screen.findByText('地图图层导入');
    choose('网格图层文件', 'grids.geojson', '{"type": "FeatureCollection",');
    expect((await screen.findByText(/grids\.geojson不是有效的 JSON/)).getAttribute('role')).toBe('alert');
  });

  it("lists the server's refusal, e.g. a grid that staff and cameras still belong to", async () => {
    const issue: LayerIssue = {
      layer: 'grids',
      feature: 'YT-JC-47',
      path: '',
      code: 'grid_in_use',
      message: 'grid YT-JC-47 is missing from the import but 7 staff and 6 cameras belong to it',
      params: { id: 'YT-JC-47', staff: 7, cameras: 6 },
    };
    open(() => json({ error: { code: 'invalid_layers', message: '1 problem(s)', issues: [issue] } }, 400));
    await screen.findByText('地图图层导入');
    choose('村（社区）图层文件', 'villages.geojson', villages());
    choose('网格图层文件', 'grids.geojson', grids());
    await submitWhenReady();

    expect(await screen.findByText('导入被拒绝，发现 1 处问题：')).toBeTruthy();
    expect(screen.getByTestId('layer-issues').textContent).toBe(
      '网格图层 · YT-JC-47 — 导入文件缺少网格 YT-JC-47，但仍有 7 名人员和 6 个探头属于该网格',
    );
  });
});
