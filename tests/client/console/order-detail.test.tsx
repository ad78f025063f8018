import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsolePage } from '../../../src/client/features/console/console-page';
import type { WorkOrderDetail } from '../../../src/client/lib/work-orders/get-work-order';
import { fakeFetch } from '../fixtures';
import { renderWithProviders } from '../render';
import { DEPARTMENTS, detailOf, entity, OPERATOR, registered, stage } from './desk-fakes';
import { bodyOf, CATEGORIES, EMPTY_LIST, listOf } from './triage-fakes';

const MIN = 60_000;
const at = (offsetMs: number): string => new Date(Date.now() + offsetMs).toISOString();

let detail: WorkOrderDetail;
let commands: unknown[];
let supervisionQueries: URL[];

const SYSTEM = { userId: 'system', username: 'system', role: 'system' };
const OPERATOR_ACTOR = { userId: 'u-operator', username: 'operator', role: 'operator' };

beforeEach(() => {
  const order = registered('wo-1', {
    status: 'accepted',
    category: 'safety',
    version: 9,
    assignee: { kind: 'department', id: 'safety' },
    urgeCount: 2,
    supervised: true,
    escalationLevel: 'town',
    escalationRequest: { to: 'county', requestedAt: '2026-03-03T10:00:00+08:00' },
    extension: { state: 'requested', until: '2026-03-05T17:30:00+08:00', reason: '需协调燃气公司' },
    deadlines: { signOff: at(-(3 * 60 + 10) * MIN - 30_000), resolve: at((2 * 60 + 5) * MIN + 30_000) },
  });
  detail = detailOf(order, {
    allowedCommands: ['urge', 'supervise', 'escalate', 'request_extension'],
    clocks: {
      signOff: stage({ colour: 'red', metAt: at(-120 * MIN), due: order.deadlines.signOff! }),
      resolve: stage({ colour: 'yellow', due: order.deadlines.resolve! }),
      nextCheckAt: null,
    },
    timeline: [
      {
        seq: 1,
        at: '2026-03-01T09:15:00+08:00',
        type: 'work-order:created',
        action: 'create',
        actor: OPERATOR_ACTOR,
        reason: null,
        version: 1,
        status: 'new',
      },
      {
        seq: 7,
        at: '2026-03-02T10:00:00+08:00',
        type: 'work-order:updated',
        action: 'card',
        actor: SYSTEM,
        reason: '黄牌：处置已用时限的80%',
        version: 7,
        status: 'accepted',
      },
      {
        seq: 8,
        at: '2026-03-03T10:00:00+08:00',
        type: 'work-order:updated',
        action: 'escalation_requested',
        actor: SYSTEM,
        reason: '提请带班领导批准上报县级',
        version: 8,
        status: 'accepted',
      },
      {
        seq: 9,
        at: '2026-03-03T11:00:00+08:00',
        type: 'work-order:updated',
        action: 'supervision_answered',
        actor: { userId: 'u-h', username: 'safety_handler', role: 'dept_handler' },
        reason: '已联系燃气公司',
        version: 9,
        status: 'accepted',
      },
    ],
  });
  commands = [];
  supervisionQueries = [];
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      '/api/work-orders': () => listOf([entity(detail)]),
      '/api/work-orders/wo-1': () => detail,
      '/api/work-orders/wo-1/commands': (_url, init) => {
        commands.push(bodyOf(init));
        detail = { ...detail, version: detail.version + 1, urgeCount: detail.urgeCount + 1 };
        return entity(detail);
      },
      '/api/oversight/supervisions': (url) => {
        supervisionQueries.push(url);
        return {
          items: [
            {
              id: 'sv-1',
              orderId: 'wo-1',
              unit: { kind: 'department', id: 'safety' },
              openedAt: '2026-03-02T17:00:00+08:00',
              openedBy: 'system',
              reason: '签收超时，请说明原因和办理计划',
              answeredAt: '2026-03-03T11:00:00+08:00',
              answeredBy: 'safety_handler',
              answer: '已联系燃气公司',
            },
            {
              id: 'sv-2',
              orderId: 'wo-1',
              unit: { kind: 'department', id: 'safety' },
              openedAt: '2026-03-03T09:00:00+08:00',
              openedBy: 'u-operator',
              reason: '请加快处置',
              answeredAt: null,
              answeredBy: null,
              answer: null,
            },
          ],
        };
      },
      '/api/admin/oversight': () => ({
        settings: {
          ladders: { '*': ['grid', 'village', 'town', 'county'], safety: ['grid', 'town', 'county'] },
        },
      }),
      '/api/categories': () => CATEGORIES,
      '/api/grids': () => EMPTY_LIST,
      '/api/departments': () => DEPARTMENTS,
      '/api/auth/me': () => OPERATOR,
      '/api/stats/work-orders': () => ({ byStatus: {}, total: 1, open: 1, asOfSeq: 10 }),
    }),
  );
  window.history.replaceState(null, '', '/console?order=wo-1');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('order detail (工单详情)', () => {
  it('shows both deadlines with the running stage counting down under its card', async () => {
    renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('order-detail');
    // 签收 was met (late); 处置 runs, yellow, with 2 h 05 min left.
    expect(within(panel).getByText(/超时完成$/)).toBeTruthy();
    expect(within(panel).getByTestId('countdown-resolve').textContent).toBe('剩余 2小时05分');
    expect(within(panel).queryByTestId('countdown-signOff')).toBeNull();
    const chips = within(panel)
      .getAllByTestId('card-chip')
      .map((c) => c.textContent);
    expect(chips).toEqual(['黄牌', '黄牌']); // the header's card and the 处置 row's
    expect(within(panel).getByTestId('escalation-level').textContent).toBe('镇级');
    expect(within(panel).getByTestId('escalation-request').textContent).toContain('待带班领导批准上报县级');
    expect(within(panel).getByText('延期申请待审批：延至 2026-03-05 17:30（需协调燃气公司）')).toBeTruthy();
    expect(within(panel).getAllByText('已督办').length).toBeGreaterThan(0);
    expect(within(panel).getByText('部门 应急管理办')).toBeTruthy();
  });

  it('shows an overdue running stage as overdue', async () => {
    detail = {
      ...detail,
      status: 'dispatched',
      clocks: { ...detail.clocks, signOff: stage({ colour: 'red', due: detail.deadlines.signOff! }) },
    };
    renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('order-detail');
    expect(within(panel).getByTestId('countdown-signOff').textContent).toBe('已超时 3小时10分');
    expect(within(panel).getAllByTestId('card-chip')[0]?.textContent).toBe('红牌');
  });

  it('tells who, when, what and why for every step, the scheduler as 系统', async () => {
    renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('order-detail');
    const entries = within(panel)
      .getAllByTestId('timeline-entry')
      .map((e) => e.textContent);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toContain('督办答复');
    expect(entries[0]).toContain('safety_handler');
    expect(entries[1]).toContain('提请上报县级');
    expect(entries[1]).toContain('系统');
    expect(entries[2]).toContain('亮牌');
    expect(entries[2]).toContain('黄牌：处置已用时限的80%');
    expect(entries[2]).toContain('2026-03-02 10:00');
    expect(entries[3]).toContain('新建工单');
  });

  it("lists the order's supervisions, the unanswered first, with the answers given", async () => {
    renderWithProviders(<ConsolePage />);
    const list = await screen.findByTestId('supervisions');
    expect(supervisionQueries[0]?.searchParams.get('orderId')).toBe('wo-1');
    const items = within(list)
      .getAllByRole('listitem')
      .map((i) => i.textContent);
    expect(items[0]).toContain('待答复');
    expect(items[0]).toContain('请加快处置');
    expect(items[1]).toContain('已答复');
    expect(items[1]).toContain('2026-03-03 11:00 safety_handler 答复：已联系燃气公司');
  });

  it('offers 催办/督办/上报 as allowed, with 上报 to the next rung of the category ladder', async () => {
    renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('order-detail');
    const actions = within(panel).getByTestId('oversight-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['催办', '督办', '上报']);

    fireEvent.click(within(actions).getByRole('button', { name: '催办' }));
    const urge = within(actions).getByRole('form', { name: '催办' });
    fireEvent.click(within(urge).getByRole('button', { name: '提交' }));
    expect(within(urge).getByRole('alert').textContent).toBe('请填写意见');
    fireEvent.change(within(urge).getByLabelText('意见'), { target: { value: '请今日内处理' } });
    fireEvent.click(within(urge).getByRole('button', { name: '提交' }));
    await waitFor(() =>
      expect(commands).toEqual([{ type: 'urge', expectedVersion: 9, comment: '请今日内处理' }]),
    );

    // safety climbs grid → town → county; the order stands at grid here.
    detail = { ...detail, escalationLevel: 'grid', escalationRequest: null };
    cleanup();
    renderWithProviders(<ConsolePage />);
    const again = await screen.findByTestId('oversight-actions');
    fireEvent.click(within(again).getByRole('button', { name: '上报' }));
    await waitFor(() =>
      expect(within(again).getByTestId('escalate-target').textContent).toBe('上报至：镇级'),
    );
    fireEvent.change(within(again).getByLabelText('原因'), { target: { value: '涉及燃气，需镇级协调' } });
    fireEvent.click(within(again).getByRole('button', { name: '提交' }));
    await waitFor(() =>
      expect(commands[1]).toEqual({
        type: 'escalate',
        expectedVersion: 10,
        reason: '涉及燃气，需镇级协调',
        toLevel: 'town',
      }),
    );
  });

  it('offers no oversight buttons the server does not allow', async () => {
    detail = { ...detail, allowedCommands: ['request_extension'] };
    renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('order-detail');
    expect(within(panel).queryByTestId('oversight-actions')).toBeNull();
    expect(within(panel).getByRole('button', { name: '申请延期' })).toBeTruthy();
  });
});
