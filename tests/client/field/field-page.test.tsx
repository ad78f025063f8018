import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldPage } from '../../../src/client/features/field/field-page';
import type { WorkOrderDetail } from '../../../src/client/lib/work-orders/get-work-order';
import type { User } from '../../../src/shared/schemas/user';
import { fakeFetch, json, makeDetail, makeOrder } from '../fixtures';
import { renderWithProviders } from '../render';

const gridworker: User = {
  id: 'u-gridworker',
  username: 'gridworker',
  displayName: 'YT-JC-01 网格员',
  role: 'grid_worker',
  staffId: 'S-YT-JC-01-grid_worker',
  gridIds: ['YT-JC-01'],
};
const ASSIGNED = { kind: 'staff' as const, id: 'S-YT-JC-01-grid_worker' };

let online: boolean;
let detail: WorkOrderDetail;
let commands: { key: string | null; body: unknown }[];
let commandAnswer: () => Response;

function stripDetail(d: WorkOrderDetail) {
  const { allowedCommands: _a, timeline: _t, ...order } = d;
  return order;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/field');
  window.localStorage.clear();
  online = true;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  commands = [];
  detail = makeDetail({
    status: 'dispatched',
    version: 3,
    assignee: ASSIGNED,
    allowedCommands: ['accept', 'return'],
  });
  commandAnswer = () => {
    detail = { ...detail, status: 'accepted', version: 4, allowedCommands: ['start'] };
    return json(stripDetail(detail));
  };
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      '/api/work-orders': () => ({
        items: [
          stripDetail(detail),
          makeOrder({ id: 'wo-2', title: 'Blocked fire lane', status: 'dispatched', assignee: null }),
        ],
        total: 2,
        asOfSeq: 1,
      }),
      '/api/work-orders/wo-1': () => detail,
      '/api/work-orders/wo-1/commands': (_url, init) => {
        commands.push({
          key: new Headers(init?.headers).get('Idempotency-Key'),
          body: JSON.parse(String(init?.body)),
        });
        return commandAnswer();
      },
      '/api/grids': () => ({ items: [], total: 0 }),
      '/api/oversight/supervisions': () => ({ items: [] }),
    }),
  );
});

/** The phone loses signal: navigator.onLine turns false and the browser says so. */
function goOffline(): void {
  online = false;
  act(() => void window.dispatchEvent(new Event('offline')));
}

afterEach(() => {
  online = true;
  window.dispatchEvent(new Event('online'));
  cleanup();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'onLine');
});

describe('/field', () => {
  it('lists my orders under 我的工单 and every order of my grid under 本网格', async () => {
    renderWithProviders(<FieldPage user={gridworker} />);
    expect(await screen.findAllByTestId('field-order')).toHaveLength(1);
    const tabs = screen.getByRole('navigation', { name: '现场功能' });
    // The badge on 我的工单 counts my open orders.
    expect(
      within(tabs)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['我的工单1', '本网格', '上报', '督办']);
    fireEvent.click(within(tabs).getByRole('button', { name: '本网格' }));
    await waitFor(() => expect(screen.getAllByTestId('field-order')).toHaveLength(2));
  });

  it('queues a command made offline ("待发送 1") and sends it, with its key, when the signal returns', async () => {
    window.history.replaceState(null, '', '/field?order=wo-1');
    renderWithProviders(<FieldPage user={gridworker} />);
    goOffline();
    fireEvent.click(await screen.findByRole('button', { name: '签收' }));

    expect((await screen.findByTestId('offline-pending')).textContent).toContain('待发送 1');
    expect(screen.getByText('待发送：签收（恢复信号后自动提交）')).toBeTruthy();
    expect(screen.getByRole('button', { name: '签收' })).toHaveProperty('disabled', true);
    expect(commands).toEqual([]);

    online = true;
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(screen.queryByTestId('offline-pending')).toBeNull());
    expect(commands).toHaveLength(1);
    expect(commands[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(commands[0]?.body).toEqual({ type: 'accept', expectedVersion: 3 });
    // The answer reaches the screen: the order is signed off and the next step is offered.
    expect(await screen.findByRole('button', { name: '开始处置' })).toBeTruthy();
  });

  it('shows why the server refused a queued command, and drops it', async () => {
    window.history.replaceState(null, '', '/field?order=wo-1');
    commandAnswer = () =>
      json(
        { error: { code: 'stale_version', message: 'the order changed meanwhile', rule: 'WO-VERSION' } },
        409,
      );
    renderWithProviders(<FieldPage user={gridworker} />);
    goOffline();
    fireEvent.click(await screen.findByRole('button', { name: '签收' }));
    await screen.findByTestId('offline-pending');

    online = true;
    act(() => void window.dispatchEvent(new Event('online')));
    const refusal = await screen.findByText(/未能提交/);
    expect(refusal.textContent).toBe(
      'YT-20260301-0001（签收）未能提交：工单已被他人更新，请查看最新状态后重试',
    );
    expect(screen.queryByTestId('offline-pending')).toBeNull();
  });
});
