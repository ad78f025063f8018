import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WallPage } from '../../../src/client/features/wall/wall-page';
import { createRealtimeBridge } from '../../../src/client/realtime/bridge';
import type { WallSummary } from '../../../src/shared/schemas/wall';
import { fakeFetch, makeEvent, makeOrder } from '../fixtures';
import { renderWithProviders } from '../render';

function summary(overrides: Partial<WallSummary> = {}): WallSummary {
  return {
    at: '2026-03-01T10:00:00.000+08:00',
    asOfSeq: 10,
    dutyLeader: '王建国',
    kpis: {
      receivedToday: 37,
      inProgress: 21,
      overdue: 3,
      closedToday: 12,
      onTimeRate: 0.875,
      satisfactionRate: null,
      camerasOnline: 300,
      camerasTotal: 320,
      staffOnDuty: 280,
      staffTotal: 349,
      redCards: 2,
      yellowCards: 5,
    },
    byCategoryToday: [{ category: 'sanitation', count: 9 }],
    trend24h: { hours: [], series: [] },
    loadByVillage: [],
    onTimeByDepartment: [],
    pipeline: [],
    grids: [],
    cardsByUnit: [
      { unit: { kind: 'grid', id: 'YT-JC-01' }, red: 2, yellow: 1 },
      { unit: { kind: 'squad', id: 'enf_1' }, red: 0, yellow: 4 },
    ],
    ...overrides,
  };
}

beforeEach(() => {
  window.history.replaceState(null, '', '/wall?name=%E4%B8%80%E6%A5%BC');
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      '/api/wall/summary': () => summary(),
      '/api/wall/markers': () => ({ asOfSeq: 10, items: [] }),
      '/api/work-orders': () => ({
        items: [makeOrder({ id: 'old', title: '开屏前的工单' })],
        total: 1,
        asOfSeq: 10,
      }),
      '/api/departments': () => ({
        items: [{ id: 'enf_1', name: '第一中队', kind: 'squad', parentId: 'enforcement', villageIds: [] }],
        total: 1,
      }),
      '/api/grids': () => ({
        items: [
          {
            grid_id: 'YT-JC-01',
            type: 'basic',
            name: '杨屯社区第1网格',
            village_id: 'V01',
            village: '杨屯社区',
            subtype: null,
            area_km2: 0.4,
            synthetic: true,
            geometry: { type: 'Polygon', coordinates: [] },
          },
        ],
        total: 1,
      }),
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('wall', () => {
  it('shows the town, the duty leader, the wall name and every KPI from the summary', async () => {
    renderWithProviders(<WallPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('杨屯镇综合指挥调度中心');
    await waitFor(() => expect(screen.getByTestId('duty-leader').textContent).toBe('值班领导：王建国'));
    expect(screen.getByText('大屏：一楼')).toBeTruthy();
    const kpis = await screen.findByTestId('wall-kpis');
    const figure = (key: string): string | null | undefined =>
      kpis.querySelector(`[data-kpi="${key}"] .wall-kpi__value`)?.textContent;
    await waitFor(() => expect(figure('received')).toBe('37'));
    expect(figure('overdue')).toBe('3');
    expect(figure('onTime')).toBe('87.5%');
    expect(figure('satisfaction')).toBe('—%');
    expect(figure('cameras')).toBe('93.8%');
    expect(figure('staff')).toBe('280/349');
    expect(figure('red')).toBe('2');
    expect(kpis.querySelector('[data-kpi="overdue"]')?.className).toContain('wall-kpi--bad');
    // The ticker opens with the newest orders instead of an empty strip (first test: the app's
    // one ticker is still empty).
    expect(
      (await screen.findByText('开屏前的工单')).closest('[data-order-id]')?.getAttribute('data-order-id'),
    ).toBe('old');
  });

  it('lists the card board by unit name, most red first', async () => {
    renderWithProviders(<WallPage />);
    const board = await screen.findByTestId('wall-panel-cards');
    await waitFor(() => expect(within(board).getByText('杨屯社区第1网格')).toBeTruthy());
    await waitFor(() => expect(within(board).getByText('第一中队')).toBeTruthy());
    const rows = board.querySelectorAll('.wall-board__row');
    expect(rows[0]?.textContent).toBe('杨屯社区第1网格21');
  });

  it('puts a new order on the ticker when the bridge applies its event, without a reload', async () => {
    const { queryClient, store } = renderWithProviders(<WallPage />);
    await screen.findByTestId('wall-ticker');
    const bridge = createRealtimeBridge(queryClient, store);
    act(() =>
      bridge.onWorkOrder(
        makeEvent(
          11,
          makeOrder({ id: 'n', title: '河道漂浮物', priority: 'P1' }),
          'work-order:created',
          'create',
        ),
      ),
    );
    const item = await screen.findByText('河道漂浮物');
    const row = item.closest('[data-order-id]');
    expect(row?.getAttribute('data-order-id')).toBe('n');
    expect(row?.className).toContain('wall-flash'); // P1 flashes
    bridge.dispose();
  });
});
