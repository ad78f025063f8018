import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WallPage } from '../../../src/client/features/wall/wall-page';
import { createRealtimeBridge } from '../../../src/client/realtime/bridge';
import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import { fakeFetch, makeEvent, makeOrder } from '../fixtures';
import { renderWithProviders } from '../render';

let serverOrders: WorkOrder[];
let byStatus: Record<string, number>;

beforeEach(() => {
  serverOrders = [
    makeOrder({
      id: 'a',
      number: 'YT-20260301-0002',
      title: 'Streetlight out on Yangtun Road',
      status: 'dispatched',
    }),
    makeOrder({ id: 'b', number: 'YT-20260301-0001', title: 'Rubbish by the canal', gridId: 'YT-JC-02' }),
  ];
  byStatus = {
    new: 3,
    registered: 1,
    dispatched: 5,
    accepted: 0,
    in_progress: 2,
    resolved: 0,
    verified: 0,
    closed: 40,
  };
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      '/api/work-orders': () => ({ items: serverOrders, total: serverOrders.length, asOfSeq: 10 }),
      '/api/stats/work-orders': () => ({ byStatus, total: 51, open: 11, asOfSeq: 10 }),
      '/api/grids': () => ({
        items: [
          {
            grid_id: 'YT-JC-01',
            type: 'basic',
            name: 'Yangtun community grid 1',
            village_id: 'V01',
            village: 'Yangtun',
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
});

describe('wall', () => {
  it('shows the town, open counts by status and the latest orders', async () => {
    renderWithProviders(<WallPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('杨屯镇综合指挥调度中心');

    const rows = await screen.findAllByTestId('latest-order');
    expect(rows.map((row) => within(row).getByTestId('order-title').textContent)).toEqual([
      'Streetlight out on Yangtun Road',
      'Rubbish by the canal',
    ]);
    expect(rows[0]?.textContent).toContain('YT-20260301-0002');
    expect(rows[0]?.textContent).toContain('已派遣');
    await waitFor(() => expect(rows[0]?.textContent).toContain('Yangtun community grid 1'));
    expect(rows[1]?.textContent).toContain('YT-JC-02'); // unknown grid: its id rather than nothing

    expect((await screen.findByTestId('count-new')).textContent).toBe('待受理3');
    expect(screen.getByTestId('count-dispatched').textContent).toBe('已派遣5');
    expect(screen.getByTestId('open-total').textContent).toContain('11');
    // Ended statuses are not "open": no figure for 已结案 on the wall.
    expect(screen.queryByTestId('count-closed')).toBeNull();
  });

  it('shows a new order and new counts when the bridge applies an event, without reload', async () => {
    const { queryClient, store } = renderWithProviders(<WallPage />);
    await screen.findAllByTestId('latest-order');
    const bridge = createRealtimeBridge(queryClient, store);

    const created = makeOrder({ id: 'c', number: 'YT-20260301-0003', title: 'Smoke from straw burning' });
    serverOrders = [created, ...serverOrders];
    byStatus = { ...byStatus, new: 4 };
    act(() => bridge.onWorkOrder(makeEvent(11, created, 'work-order:created', 'create')));

    await waitFor(() =>
      expect(screen.getAllByTestId('order-title')[0]?.textContent).toBe('Smoke from straw burning'),
    );
    await waitFor(() => expect(screen.getByTestId('count-new').textContent).toBe('待受理4'));
    bridge.dispose();
  });

  it('shows the live-link state and the data age', async () => {
    const { queryClient, store } = renderWithProviders(<WallPage />, 'en');
    const bridge = createRealtimeBridge(queryClient, store);
    expect(screen.getByTestId('connection-banner').getAttribute('data-state')).toBe('reconnecting');
    act(() => {
      bridge.onConnecting();
      bridge.onConnected();
      bridge.onHeartbeat({ seq: 10, at: '2026-03-01T01:02:03Z', deliveredSeq: 0 });
    });
    expect(screen.getByTestId('connection-banner').getAttribute('data-state')).toBe('connected');
    expect(screen.getByTestId('connection-banner').textContent).toBe('Live');
    expect(screen.getByTestId('data-age').textContent).toBe('Data as of 09:02:03');
    act(() => bridge.onDisconnected());
    expect(screen.getByTestId('connection-banner').textContent).toBe('Connection lost, reconnecting…');
    bridge.dispose();
  });
});
