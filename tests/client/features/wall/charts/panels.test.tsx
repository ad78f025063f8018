import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CategoryTodayPanel } from '../../../../../src/client/features/wall/charts/category-today-panel';
import { DepartmentOnTimePanel } from '../../../../../src/client/features/wall/charts/department-on-time-panel';
import { PipelinePanel } from '../../../../../src/client/features/wall/charts/pipeline-panel';
import {
  RankingPanel,
  villageRankingRequest,
} from '../../../../../src/client/features/wall/charts/ranking-panel';
import { TrendPanel } from '../../../../../src/client/features/wall/charts/trend-panel';
import { VillageLoadPanel } from '../../../../../src/client/features/wall/charts/village-load-panel';
import type { WallSummary } from '../../../../../src/shared/schemas/wall';
import { fakeFetch } from '../../../fixtures';
import { renderWithProviders } from '../../../render';

const summary: WallSummary = {
  at: '2026-03-01T10:30:00+08:00',
  asOfSeq: 12,
  dutyLeader: null,
  kpis: {
    receivedToday: 3,
    inProgress: 2,
    overdue: 0,
    closedToday: 1,
    onTimeRate: 1,
    satisfactionRate: null,
    camerasOnline: 0,
    camerasTotal: 0,
    staffOnDuty: 0,
    staffTotal: 0,
    redCards: 0,
    yellowCards: 0,
  },
  byCategoryToday: [{ category: 'sanitation', count: 3 }],
  trend24h: { hours: ['2026-03-01T10:00:00+08:00'], series: [{ source: 'hotline', counts: [3] }] },
  loadByVillage: [{ villageId: 'V01', open: 2 }],
  onTimeByDepartment: [{ departmentId: 'D1', onTime: 1, total: 1, rate: 1 }],
  pipeline: [{ status: 'new', count: 1 }],
  grids: [],
  cardsByUnit: [],
};

const list = (items: unknown[]): { items: unknown[]; total: number } => ({ items, total: items.length });
const routes = {
  '/api/wall/summary': () => summary,
  '/api/evaluation': () => ({
    period: { from: '2026-03-01T00:00:00+08:00', to: '2026-04-01T00:00:00+08:00' },
    items: [],
  }),
  '/api/villages': () =>
    list([
      {
        id: 'V01',
        name: 'Yangtun',
        kind: 'community',
        position: { lat: 34.8, lng: 116.8 },
        synthetic: false,
      },
    ]),
  '/api/departments': () => list([]),
  '/api/categories': () => list([]),
};

const PANELS: Array<[name: string, title: string, Panel: (props: { scale: number }) => ReactElement]> = [
  ['category-today', '今日工单类别', CategoryTodayPanel],
  ['trend', '近24小时工单趋势（按来源）', TrendPanel],
  ['village-load', '各村在办工单（前12）', VillageLoadPanel],
  ['department-on-time', '今日部门按时办结率', DepartmentOnTimePanel],
  ['pipeline', '工单流转（按状态）', PipelinePanel],
  ['ranking', '本月村级绩效排名（前10）', RankingPanel],
];

function renderAll(): void {
  renderWithProviders(
    <>
      {PANELS.map(([name, , Panel]) => (
        <Panel key={name} scale={1} />
      ))}
    </>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('wall chart panels', () => {
  it('say they are loading, then show their chart under their title', async () => {
    vi.stubGlobal('fetch', fakeFetch(routes));
    renderAll();
    for (const [name, title] of PANELS) {
      const panel = screen.getByTestId(`wall-panel-${name}`);
      expect(within(panel).getByRole('heading', { name: title })).toBeTruthy();
      expect(within(panel).getByRole('status').textContent).toBe('加载中…');
    }
    for (const [name, title] of PANELS) {
      const panel = screen.getByTestId(`wall-panel-${name}`);
      await waitFor(() => expect(within(panel).getByRole('img', { name: title })).toBeTruthy());
      expect(within(panel).queryByRole('status')).toBeNull();
    }
  });

  it('say the load failed, and only where it did', async () => {
    const { '/api/wall/summary': _gone, ...rest } = routes;
    vi.stubGlobal('fetch', fakeFetch(rest));
    renderAll();
    for (const [name] of PANELS.filter(([n]) => n !== 'ranking')) {
      const panel = screen.getByTestId(`wall-panel-${name}`);
      await waitFor(() => expect(within(panel).getByRole('alert').textContent).toBe('加载失败'));
    }
    const ranking = screen.getByTestId('wall-panel-ranking');
    await waitFor(() => expect(within(ranking).getByRole('img')).toBeTruthy());
  });

  it('still draw when a list of names fails, falling back to ids', async () => {
    const { '/api/villages': _gone, '/api/departments': _too, ...rest } = routes;
    vi.stubGlobal('fetch', fakeFetch(rest));
    renderAll();
    for (const name of ['village-load', 'department-on-time', 'ranking']) {
      const panel = screen.getByTestId(`wall-panel-${name}`);
      await waitFor(() => expect(within(panel).getByRole('img')).toBeTruthy());
    }
  });

  it("ask for this month's village ranking, anchored at the start of the day in Shanghai", async () => {
    const fetch = fakeFetch(routes);
    vi.stubGlobal('fetch', fetch);
    renderWithProviders(<RankingPanel scale={1} />);
    await waitFor(() => expect(fetch.calls.some((u) => u.pathname === '/api/evaluation')).toBe(true));
    const asked = fetch.calls.find((u) => u.pathname === '/api/evaluation')!.searchParams;
    expect(asked.get('unitKind')).toBe('village');
    expect(asked.get('period')).toBe('month');
    expect(asked.get('anchor')).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
  });

  it('keeps the ranking request the same all day, so the query is not re-keyed every minute', () => {
    // 2026-03-01 00:00 and 23:59 in Shanghai; the next minute is another day.
    const midnight = Date.parse('2026-02-28T16:00:00Z');
    const request = villageRankingRequest(midnight);
    expect(request).toEqual({ unitKind: 'village', period: 'month', anchor: '2026-03-01T00:00:00+08:00' });
    expect(villageRankingRequest(midnight + 86_340_000)).toEqual(request);
    expect(villageRankingRequest(midnight + 86_400_000)).not.toEqual(request);
  });
});
