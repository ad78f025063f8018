import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import { ConsolePage } from '../../../src/client/features/console/console-page';
import type { WorkOrderDetail } from '../../../src/client/lib/work-orders/get-work-order';
import { fakeFetch, json } from '../fixtures';
import { renderWithProviders } from '../render';
import { DEPARTMENTS, detailOf, entity, OPERATOR, registered, stage, STAFF } from './desk-fakes';
import { bodyOf, CATEGORIES, EMPTY_LIST, headerOf, listOf } from './triage-fakes';

const SUGGESTIONS = {
  staff: [
    { id: 's-2', name: '李巡查', role: 'patroller', openLoad: 0, onDuty: true, recommended: false },
    { id: 's-1', name: '王网格', role: 'grid_worker', openLoad: 3, onDuty: true, recommended: true },
  ],
  units: [
    { kind: 'squad', id: 'squad-1', name: '综合执法一中队', openLoad: 1, recommended: false },
    { kind: 'department', id: 'safety', name: '应急管理办', openLoad: 5, recommended: true },
    { kind: 'department', id: 'sanitation', name: '环卫所', openLoad: 0, recommended: false },
  ],
};

let orders: WorkOrder[];
let details: Map<string, WorkOrderDetail>;
let commands: { id: string; body: unknown }[];
let keys: (string | undefined)[];
let refuse: Set<string>;
let fetchMock: ReturnType<typeof fakeFetch>;

beforeEach(() => {
  orders = [
    registered('wo-1', { version: 4 }),
    registered('wo-2', { version: 7 }),
    registered('wo-3', { version: 2 }),
    registered('wo-4', { status: 'dispatched' }),
  ];
  details = new Map(
    orders.map((o) => [
      o.id,
      detailOf(o, {
        allowedCommands: o.status === 'registered' ? ['dispatch', 'escalate'] : ['urge'],
        clocks: { signOff: stage(), resolve: stage({ due: '2026-03-02T17:30:00+08:00' }), nextCheckAt: null },
      }),
    ]),
  );
  commands = [];
  keys = [];
  refuse = new Set();
  const routes: Parameters<typeof fakeFetch>[0] = {
    '/api/work-orders': () => listOf(orders),
    '/api/categories': () => CATEGORIES,
    '/api/grids': () => EMPTY_LIST,
    '/api/departments': () => DEPARTMENTS,
    '/api/staff': () => STAFF,
    '/api/auth/me': () => OPERATOR,
    '/api/stats/work-orders': () => ({ byStatus: { new: 0 }, total: 4, open: 4, asOfSeq: 10 }),
    '/api/oversight/supervisions': () => ({ items: [] }),
    '/api/admin/oversight': () => ({ settings: { ladders: { '*': ['grid', 'village', 'town', 'county'] } } }),
  };
  for (const order of orders) {
    routes[`/api/work-orders/${order.id}`] = () => details.get(order.id);
    routes[`/api/work-orders/${order.id}/assignee-suggestions`] = () => SUGGESTIONS;
    routes[`/api/work-orders/${order.id}/commands`] = (_url, init) => {
      const body = bodyOf(init) as { assignee: WorkOrder['assignee'] };
      commands.push({ id: order.id, body });
      keys.push(headerOf(init, 'Idempotency-Key'));
      if (refuse.has(order.id)) {
        return json({ error: { code: 'stale_version', message: 'version mismatch' } }, 409);
      }
      const current = details.get(order.id)!;
      const next = {
        ...current,
        status: 'dispatched' as const,
        assignee: body.assignee,
        version: current.version + 1,
      };
      details.set(order.id, { ...next, allowedCommands: ['urge'] });
      orders = orders.map((o) => (o.id === order.id ? entity(next) : o));
      return entity(next);
    };
  }
  fetchMock = fakeFetch(routes);
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});

function radios(panel: HTMLElement): HTMLInputElement[] {
  return within(panel).getAllByRole('radio') as HTMLInputElement[];
}

describe('派遣 (dispatch)', () => {
  it('lists the recommended first, then by load, and dispatches to the recommended grid member', async () => {
    window.history.replaceState(null, '', '/console?order=wo-1');
    renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('dispatch-panel');
    await waitFor(() => expect(within(panel).getAllByTestId('dispatch-option')).toHaveLength(5));
    const names = within(panel)
      .getAllByTestId('dispatch-option')
      .map((o) => o.querySelector('.dispatch-option__name')?.textContent);
    expect(names).toEqual(['王网格', '李巡查', '应急管理办', '环卫所', '综合执法一中队']);
    expect(within(panel).getAllByTestId('dispatch-option')[0]?.textContent).toContain('推荐');
    expect(within(panel).getAllByTestId('dispatch-option')[0]?.textContent).toContain('在办 3 件');
    // sanitation's default unit is the grid team: the recommended grid member is preselected.
    await waitFor(() => expect(radios(panel).find((r) => r.checked)?.value).toBe('staff:s-1'));

    fireEvent.click(within(panel).getByRole('button', { name: '确认派遣' }));
    await waitFor(() =>
      expect(commands).toEqual([
        {
          id: 'wo-1',
          body: { type: 'dispatch', expectedVersion: 4, assignee: { kind: 'staff', id: 's-1' } },
        },
      ]),
    );
    // The order is dispatched: the panel goes.
    await waitFor(() => expect(screen.queryByTestId('dispatch-panel')).toBeNull());
  });

  it('preselects the recommended department when the category belongs to a department', async () => {
    orders[0] = { ...orders[0]!, category: 'safety' };
    details.set('wo-1', { ...details.get('wo-1')!, category: 'safety' });
    window.history.replaceState(null, '', '/console?order=wo-1');
    renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('dispatch-panel');
    await waitFor(() => expect(radios(panel).find((r) => r.checked)?.value).toBe('department:safety'));
    fireEvent.click(radios(panel).find((r) => r.value === 'squad:squad-1')!);
    fireEvent.click(within(panel).getByRole('button', { name: '确认派遣' }));
    await waitFor(() =>
      expect(commands[0]?.body).toEqual({
        type: 'dispatch',
        expectedVersion: 4,
        assignee: { kind: 'squad', id: 'squad-1' },
      }),
    );
  });

  it('bulk-dispatches each ticked order with its own version and reports a 409 beside the successes', async () => {
    refuse.add('wo-2');
    window.history.replaceState(null, '', '/console');
    renderWithProviders(<ConsolePage />);
    await screen.findAllByTestId('order-row');
    // Only registered orders can be ticked.
    expect(screen.queryByLabelText('选择 YT-20260301-0004 批量派遣')).toBeNull();
    for (const n of ['0001', '0002', '0003'])
      fireEvent.click(screen.getByLabelText(`选择 YT-20260301-${n} 批量派遣`));

    const bar = screen.getByTestId('bulk-dispatch');
    expect(within(bar).getByText('已选 3 条待派遣工单')).toBeTruthy();
    await waitFor(() => expect(within(bar).getByRole('option', { name: '环卫所' })).toBeTruthy());
    // The centre itself is no dispatch target.
    expect(within(bar).queryByRole('option', { name: '综合指挥调度中心' })).toBeNull();
    fireEvent.change(within(bar).getByLabelText('处置对象'), { target: { value: 'sanitation' } });
    fireEvent.click(within(bar).getByRole('button', { name: '批量派遣' }));

    await waitFor(() => expect(within(bar).getAllByTestId('bulk-outcome')).toHaveLength(3));
    expect(commands).toEqual([
      {
        id: 'wo-1',
        body: { type: 'dispatch', expectedVersion: 4, assignee: { kind: 'department', id: 'sanitation' } },
      },
      {
        id: 'wo-2',
        body: { type: 'dispatch', expectedVersion: 7, assignee: { kind: 'department', id: 'sanitation' } },
      },
      {
        id: 'wo-3',
        body: { type: 'dispatch', expectedVersion: 2, assignee: { kind: 'department', id: 'sanitation' } },
      },
    ]);
    const outcomes = within(bar)
      .getAllByTestId('bulk-outcome')
      .map((o) => o.textContent);
    expect(outcomes).toEqual([
      'YT-20260301-0001 已派遣',
      'YT-20260301-0002 工单已被他人更新，请查看最新状态后重试',
      'YT-20260301-0003 已派遣',
    ]);
    expect(within(bar).getByText('派遣成功 2 条，失败 1 条')).toBeTruthy();
    // Each command carries its own idempotency key.
    expect(new Set(keys).size).toBe(3);
    expect(keys.every((key) => typeof key === 'string' && key.length > 0)).toBe(true);
    // The refused order stays ticked for another try; the dispatched ones are no longer offered.
    await waitFor(() => expect(within(bar).getByText('已选 1 条待派遣工单')).toBeTruthy());
  });

  it('prints a dispatch sheet with the order, the assignee, the dispatcher and the time', async () => {
    const order = registered('wo-4', {
      status: 'dispatched',
      assignee: { kind: 'department', id: 'sanitation' },
      address: '幸福路 8 号',
    });
    details.set(
      'wo-4',
      detailOf(order, {
        allowedCommands: ['urge'],
        deadlines: { signOff: '2026-03-01T11:15:00+08:00', resolve: '2026-03-02T17:30:00+08:00' },
        timeline: [
          {
            seq: 5,
            at: '2026-03-01T09:40:00+08:00',
            type: 'work-order:updated',
            action: 'dispatch',
            actor: { userId: 'u-operator', username: 'operator', role: 'operator' },
            reason: null,
            version: 3,
            status: 'dispatched',
          },
        ],
      }),
    );
    const print = vi.fn();
    vi.stubGlobal('print', print);
    window.history.replaceState(null, '', '/console?order=wo-4');
    renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('order-detail');
    await waitFor(() => expect(within(panel).getByText('部门 环卫所')).toBeTruthy());

    fireEvent.click(within(panel).getByRole('button', { name: '打印派遣单' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const sheet = document.body.querySelector('body > .print-sheet');
    expect(sheet).not.toBeNull();
    const text = sheet?.textContent ?? '';
    for (const part of [
      '派遣单',
      'YT-20260301-0004',
      '幸福路 8 号',
      '部门 环卫所',
      'operator',
      '2026-03-01 09:40',
      '2026-03-02 17:30',
    ]) {
      expect(text).toContain(part);
    }
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(document.body.querySelector('.print-sheet')).toBeNull());
  });
});
