import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import { ConsolePage } from '../../../src/client/features/console/console-page';
import { fakeFetch } from '../fixtures';
import { renderWithProviders } from '../render';
import { LEADER, OPERATOR, registered } from './desk-fakes';
import { bodyOf, EMPTY_LIST, listOf } from './triage-fakes';

let orders: WorkOrder[];
let commands: { id: string; body: unknown }[];
let me: typeof OPERATOR | typeof LEADER;
let fetchMock: ReturnType<typeof fakeFetch>;

beforeEach(() => {
  orders = [
    registered('wo-1', {
      status: 'in_progress',
      version: 6,
      title: '燃气管道检修',
      deadlines: { signOff: null, resolve: '2026-03-03T17:30:00+08:00' },
      extension: { state: 'requested', until: '2026-03-06T17:30:00+08:00', reason: '等待配件' },
    }),
    registered('wo-2', {
      status: 'in_progress',
      version: 3,
      title: '河道清淤',
      parking: { state: 'requested', reason: '汛期暂停施工' },
    }),
    registered('wo-3', {
      status: 'accepted',
      version: 11,
      title: '企业排污',
      escalationLevel: 'town',
      escalationRequest: { to: 'county', requestedAt: '2026-03-04T09:00:00+08:00' },
    }),
    registered('wo-4', { status: 'dispatched', title: '没有请求的工单' }),
  ];
  commands = [];
  me = OPERATOR;
  const routes: Parameters<typeof fakeFetch>[0] = {
    '/api/work-orders': () => listOf(orders),
    '/api/grids': () => EMPTY_LIST,
    '/api/auth/me': () => me,
    '/api/stats/work-orders': () => ({ byStatus: {}, total: 4, open: 4, asOfSeq: 10 }),
  };
  for (const order of orders) {
    routes[`/api/work-orders/${order.id}/commands`] = (_url, init) => {
      commands.push({ id: order.id, body: bodyOf(init) });
      return {
        ...order,
        version: order.version + 1,
        extension: { state: 'approved', until: null, reason: null },
      };
    };
  }
  fetchMock = fakeFetch(routes);
  vi.stubGlobal('fetch', fetchMock);
  window.history.replaceState(null, '', '/console?tab=approvals');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('待审批 (approvals)', () => {
  it('lists the open orders that wait for a decision, from the open-status list', async () => {
    renderWithProviders(<ConsolePage />);
    await screen.findByTestId('approvals');
    const query = fetchMock.calls.find((u) => u.pathname === '/api/work-orders');
    expect(query?.searchParams.get('status')).toBe('accepted,in_progress,registered,dispatched,resolved');
    expect(query?.searchParams.get('limit')).toBe('1000');

    const extension = screen.getByTestId('approval-extension');
    expect(extension.textContent).toContain('燃气管道检修');
    expect(extension.textContent).toContain(
      '处置时限 2026-03-03 17:30，申请延至 2026-03-06 17:30；理由：等待配件',
    );
    expect(screen.getByTestId('approval-parking').textContent).toContain('汛期暂停施工');
    expect(screen.getByTestId('approval-escalation').textContent).toContain('由镇级提请上报县级');
    expect(screen.queryByText('没有请求的工单')).toBeNull();
  });

  it('approves an extension with the version on screen', async () => {
    renderWithProviders(<ConsolePage />);
    const row = await screen.findByTestId('approval-extension');
    fireEvent.click(within(row).getByRole('button', { name: '批准延期' }));
    await waitFor(() =>
      expect(commands).toEqual([{ id: 'wo-1', body: { type: 'approve_extension', expectedVersion: 6 } }]),
    );
  });

  it('refuses parking only with a reason', async () => {
    renderWithProviders(<ConsolePage />);
    const row = await screen.findByTestId('approval-parking');
    fireEvent.click(within(row).getByRole('button', { name: '驳回挂账' }));
    const form = within(row).getByRole('form', { name: '驳回挂账' });
    fireEvent.click(within(form).getByRole('button', { name: '提交' }));
    expect(within(form).getByRole('alert').textContent).toBe('请填写原因');
    expect(commands).toEqual([]);
    fireEvent.change(within(form).getByLabelText('原因'), { target: { value: '汛期更需尽快处置' } });
    fireEvent.click(within(form).getByRole('button', { name: '提交' }));
    await waitFor(() =>
      expect(commands).toEqual([
        { id: 'wo-2', body: { type: 'refuse_parking', expectedVersion: 3, reason: '汛期更需尽快处置' } },
      ]),
    );
  });

  it('shows a county request read-only to the operator', async () => {
    renderWithProviders(<ConsolePage />);
    const row = await screen.findByTestId('approval-escalation');
    await waitFor(() => expect(fetchMock.calls.some((u) => u.pathname === '/api/auth/me')).toBe(true));
    expect(within(row).getByText('待带班领导批准')).toBeTruthy();
    expect(within(row).queryByRole('button')).toBeNull();
  });

  it('lets the duty leader approve the county request by escalating with a reason', async () => {
    me = LEADER;
    renderWithProviders(<ConsolePage />);
    const row = await screen.findByTestId('approval-escalation');
    fireEvent.click(await within(row).findByRole('button', { name: '批准上报' }));
    const form = within(row).getByRole('form', { name: '批准上报' });
    fireEvent.change(within(form).getByLabelText('原因'), { target: { value: '跨镇污染，报县处理' } });
    fireEvent.click(within(form).getByRole('button', { name: '提交' }));
    await waitFor(() =>
      expect(commands).toEqual([
        { id: 'wo-3', body: { type: 'escalate', expectedVersion: 11, reason: '跨镇污染，报县处理' } },
      ]),
    );
  });
});
