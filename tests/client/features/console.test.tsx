import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsolePage } from '../../../src/client/features/console/console-page';
import type { WorkOrderDetail } from '../../../src/client/lib/work-orders/get-work-order';
import { createRealtimeBridge } from '../../../src/client/realtime/bridge';
import { fakeFetch, makeDetail, makeEvent, makeOrder } from '../fixtures';
import { renderWithProviders } from '../render';

let detail: WorkOrderDetail;
let fetchMock: ReturnType<typeof fakeFetch>;
let commandBodies: unknown[];
let held: Promise<void>;

beforeEach(() => {
  window.history.replaceState(null, '', '/console?status=new');
  detail = makeDetail({ allowedCommands: ['accept', 'reject'] });
  commandBodies = [];
  held = Promise.resolve();
  fetchMock = fakeFetch({
    '/api/work-orders': () => ({
      items: [makeOrder(), makeOrder({ id: 'wo-2', title: 'Blocked fire lane' })],
      total: 2,
      asOfSeq: 1,
    }),
    '/api/work-orders/wo-1': async () => {
      await held;
      return detail;
    },
    '/api/work-orders/wo-1/commands': (_url, init) => {
      commandBodies.push(JSON.parse(String(init?.body)));
      detail = { ...detail, status: 'accepted', version: 2, allowedCommands: ['start'] };
      const { allowedCommands: _a, timeline: _t, ...order } = detail;
      return order;
    },
    '/api/grids': () => ({ items: [], total: 0 }),
  });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('console', () => {
  it('queries with the filters of the URL and opens an order on click', async () => {
    renderWithProviders(<ConsolePage />);
    const rows = await screen.findAllByTestId('order-row');
    expect(fetchMock.calls.find((u) => u.pathname === '/api/work-orders')?.searchParams.get('status')).toBe(
      'new',
    );
    expect(screen.getByText('共 2 条')).toBeTruthy();

    fireEvent.click(rows[0]!);
    expect(new URLSearchParams(window.location.search).get('order')).toBe('wo-1');
    const panel = await screen.findByTestId('order-detail');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Rubbish piled by the road');
    expect(within(panel).getAllByTestId('timeline-entry')).toHaveLength(1);
    expect(within(panel).getByRole('button', { name: '签收' })).toBeTruthy();
  });

  it('shows a command made elsewhere in the timeline as its event arrives', async () => {
    window.history.replaceState(null, '', '/console?order=wo-1');
    const { queryClient, store } = renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('order-detail');
    const bridge = createRealtimeBridge(queryClient, store);
    const event = makeEvent(2, makeOrder({ status: 'rejected', version: 2 }), 'work-order:updated', 'reject');

    // Hold the detail refetch the event triggers, so what shows first can only come from the patch.
    let release: (() => void) | undefined;
    held = new Promise<void>((resolve) => (release = resolve));
    act(() => bridge.onWorkOrder(event));
    await waitFor(() => expect(within(panel).getAllByTestId('timeline-entry')).toHaveLength(2));
    expect(within(panel).getAllByTestId('timeline-entry')[0]?.textContent).toContain('不予立案');
    expect(within(panel).getByRole('button', { name: '签收' })).toBeTruthy(); // server has not answered yet

    // The server's answer brings the new allowedCommands.
    detail = {
      ...detail,
      ...event.entity,
      allowedCommands: [],
      timeline: [...detail.timeline, { ...event, version: 2, status: 'rejected' }],
    };
    release?.();
    await waitFor(() => expect(within(panel).getByText('当前无可执行操作')).toBeTruthy());
    expect(within(panel).getAllByTestId('timeline-entry')).toHaveLength(2);
    bridge.dispose();
  });

  it('runs a simple command with the version on screen, and asks for a reason where one is needed', async () => {
    window.history.replaceState(null, '', '/console?order=wo-1');
    renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('order-detail');

    fireEvent.click(within(panel).getByRole('button', { name: '不予立案' }));
    const form = within(panel).getByRole('form', { name: '不予立案' });
    expect(within(form).getByLabelText('原因')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: '取消' }));

    fireEvent.click(within(panel).getByRole('button', { name: '签收' }));
    await waitFor(() => expect(commandBodies).toEqual([{ type: 'accept', expectedVersion: 1 }]));
    await waitFor(() => expect(within(panel).getByRole('button', { name: '开始处置' })).toBeTruthy());
  });
});
