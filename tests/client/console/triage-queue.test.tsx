import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import { ConsolePage } from '../../../src/client/features/console/console-page';
import type { WorkOrderDetail } from '../../../src/client/lib/work-orders/get-work-order';
import { fakeFetch, makeDetail, makeOrder } from '../fixtures';
import { renderWithProviders } from '../render';
import { CATEGORIES, EMPTY_LIST, bodyOf, entityOf, listOf } from './triage-fakes';

const MIN = 60_000;
const ago = (minutes: number): string => new Date(Date.now() - minutes * MIN).toISOString();

let queue: WorkOrder[];
let detail: WorkOrderDetail;
let commands: unknown[];
let fetchMock: ReturnType<typeof fakeFetch>;

function order(id: string, title: string, overrides: Partial<WorkOrder>): WorkOrder {
  return makeOrder({ id, title, number: `YT-20260301-${id.slice(3).padStart(4, '0')}`, ...overrides });
}

beforeEach(() => {
  queue = [
    order('wo-1', '路边垃圾堆积', { priority: null, category: null, createdAt: ago(12), source: 'phone' }),
    order('wo-2', '消防通道堵塞', { priority: 'P1', createdAt: ago(3), gridId: null, outOfGrid: true }),
    order('wo-3', '路灯不亮', { priority: 'P3', createdAt: ago(40) }),
    order('wo-4', '燃气泄漏', { priority: 'P1', createdAt: ago(25) }),
    order('wo-5', '占道经营', { priority: 'P3', createdAt: ago(5) }),
    order('wo-6', '已经立案的', { priority: 'P1', createdAt: ago(90), status: 'registered' }),
  ];
  detail = makeDetail({
    ...queue[0],
    description: '小区门口垃圾堆积三天了，没人清理',
    version: 3,
    allowedCommands: ['register', 'reject', 'merge'],
  });
  commands = [];
  fetchMock = fakeFetch({
    '/api/work-orders': () => listOf(queue),
    '/api/work-orders/wo-1': () => detail,
    '/api/work-orders/wo-1/duplicates': () => ({
      items: [
        {
          id: 'wo-77',
          number: 'YT-20260301-0077',
          title: '小区门口有垃圾',
          status: 'registered',
          reasons: ['nearby-same-category', 'same-caller'],
          distanceM: 85.4,
          minutesApart: 42,
        },
      ],
    }),
    '/api/work-orders/wo-1/commands': (_url, init) => {
      commands.push(bodyOf(init));
      detail = { ...detail, status: 'registered', version: 4, allowedCommands: ['dispatch'] };
      return entityOf(detail);
    },
    '/api/work-orders/wo-2': () => makeDetail({ ...queue[1], allowedCommands: ['register', 'reject'] }),
    '/api/work-orders/wo-2/duplicates': () => ({ items: [] }),
    '/api/triage/suggest': () => ({
      category: 'sanitation',
      priority: 'P2',
      confidence: 0.9,
      keywords: ['垃圾堆积'],
    }),
    '/api/categories': () => CATEGORIES,
    '/api/grids': () => EMPTY_LIST,
    '/api/stats/work-orders': () => ({ byStatus: { new: 5 }, total: 6, open: 6, asOfSeq: 10 }),
  });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

function rowTitles(): string[] {
  return screen
    .getAllByTestId('triage-row')
    .map((row) => row.querySelector('.triage-row__title')?.textContent ?? '');
}

describe('triage queue (分诊队列)', () => {
  it('puts P1 first, ungraded after P2, and the longest waiting first within a priority', async () => {
    window.history.replaceState(null, '', '/console?tab=triage');
    renderWithProviders(<ConsolePage />);
    await screen.findByTestId('triage-queue');
    expect(rowTitles()).toEqual(['燃气泄漏', '消防通道堵塞', '路边垃圾堆积', '路灯不亮', '占道经营']);
    expect(fetchMock.calls.find((u) => u.pathname === '/api/work-orders')?.searchParams.get('status')).toBe(
      'new',
    );
    const [first, second, third] = screen.getAllByTestId('triage-row');
    expect(first?.textContent).toContain('25 分钟前');
    expect(second?.textContent).toContain('未落格');
    expect(third?.textContent).toContain('未定级');
    expect(third?.textContent).toContain('来电来访');
    expect(screen.getByText('待受理 5 条')).toBeTruthy();
  });

  it('registers with the suggested grading and the version on screen', async () => {
    window.history.replaceState(null, '', '/console?tab=triage&triage=wo-1');
    renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('triage-detail');
    // The suggestion's keywords are marked in the description.
    await waitFor(() =>
      expect(within(panel).getByTestId('triage-description').querySelector('mark')?.textContent).toBe(
        '垃圾堆积',
      ),
    );

    fireEvent.click(within(panel).getByRole('button', { name: '立案' }));
    const form = within(panel).getByRole('form', { name: '立案' });
    await waitFor(() =>
      expect((within(form).getByLabelText('事件类别') as HTMLSelectElement).value).toBe('sanitation'),
    );
    expect((within(form).getByLabelText('优先级') as HTMLSelectElement).value).toBe('P2');
    fireEvent.change(within(form).getByLabelText('优先级'), { target: { value: 'P1' } });
    fireEvent.click(within(form).getByRole('button', { name: '确认立案' }));

    await waitFor(() =>
      expect(commands).toEqual([
        { type: 'register', expectedVersion: 3, category: 'sanitation', priority: 'P1' },
      ]),
    );
    // The order leaves the queue and the selection moves on to the next one waiting.
    expect(await screen.findByText('YT-20260301-0001 已立案')).toBeTruthy();
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('triage')).toBe('wo-3'));
  });

  it('blocks 不予立案 without a reason, and sends it with one', async () => {
    window.history.replaceState(null, '', '/console?tab=triage&triage=wo-1');
    renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('triage-detail');

    fireEvent.click(within(panel).getByRole('button', { name: '不予立案' }));
    const form = within(panel).getByRole('form', { name: '不予立案' });
    fireEvent.change(within(form).getByLabelText('不予立案原因'), { target: { value: '   ' } });
    fireEvent.click(within(form).getByRole('button', { name: '确认不予立案' }));
    expect(within(form).getByRole('alert').textContent).toBe('请填写不予立案的原因');
    expect(commands).toEqual([]);
    expect(fetchMock.calls.some((u) => u.pathname.endsWith('/commands'))).toBe(false);

    fireEvent.change(within(form).getByLabelText('不予立案原因'), { target: { value: '不属于本镇管辖' } });
    fireEvent.click(within(form).getByRole('button', { name: '确认不予立案' }));
    await waitFor(() =>
      expect(commands).toEqual([{ type: 'reject', expectedVersion: 3, reason: '不属于本镇管辖' }]),
    );
  });

  it('lists duplicate candidates with their reasons and merges into one after confirmation', async () => {
    window.history.replaceState(null, '', '/console?tab=triage&triage=wo-1');
    renderWithProviders(<ConsolePage />);
    const list = await screen.findByTestId('duplicate-list');
    expect(within(list).getByText('附近同类事件')).toBeTruthy();
    expect(within(list).getByText('同一来电人')).toBeTruthy();
    expect(within(list).getByText('相距 85 米')).toBeTruthy();
    expect(within(list).getByText('相隔 42 分钟')).toBeTruthy();

    fireEvent.click(within(list).getByRole('button', { name: '合并到此单' }));
    expect(commands).toEqual([]);
    fireEvent.click(within(list).getByRole('button', { name: '确认合并到 YT-20260301-0077' }));
    await waitFor(() => expect(commands).toEqual([{ type: 'merge', expectedVersion: 3, intoId: 'wo-77' }]));
  });

  it('switches tabs with Alt+1/2/3, moves with ↑/↓ and opens 立案 with Enter', async () => {
    window.history.replaceState(null, '', '/console');
    renderWithProviders(<ConsolePage />);
    fireEvent.keyDown(window, { key: '3', code: 'Digit3', altKey: true });
    expect(new URLSearchParams(window.location.search).get('tab')).toBe('triage');
    expect(screen.getByRole('tab', { name: /分诊队列/ }).getAttribute('aria-selected')).toBe('true');

    const list = await screen.findByTestId('triage-queue');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('triage')).toBe('wo-2'));
    expect(list.getAttribute('aria-activedescendant')).toBe('triage-option-wo-2');

    fireEvent.keyDown(list, { key: 'Enter' });
    const panel = await screen.findByTestId('triage-detail');
    expect(await within(panel).findByRole('form', { name: '立案' })).toBeTruthy();
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('消防通道堵塞');

    fireEvent.keyDown(window, { key: '2', code: 'Digit2', altKey: true });
    expect(screen.getByRole('form', { name: '受理登记' })).toBeTruthy();
    fireEvent.keyDown(window, { key: '1', code: 'Digit1', altKey: true });
    expect(new URLSearchParams(window.location.search).get('tab')).toBeNull();
    expect(screen.queryByRole('form', { name: '受理登记' })).toBeNull();
  });
});
