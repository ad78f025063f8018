import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsolePage } from '../../../src/client/features/console/console-page';
import { fakeFetch } from '../fixtures';
import { renderWithProviders } from '../render';
import { detailOf, OPERATOR, registered } from './desk-fakes';
import { CATEGORIES, EMPTY_LIST, listOf } from './triage-fakes';

const orders = [registered('wo-1'), registered('wo-2'), registered('wo-3')];
let fetchMock: ReturnType<typeof fakeFetch>;

beforeEach(() => {
  const routes: Parameters<typeof fakeFetch>[0] = {
    '/api/work-orders': () => listOf(orders),
    '/api/categories': () => CATEGORIES,
    '/api/grids': () => EMPTY_LIST,
    '/api/auth/me': () => OPERATOR,
    '/api/stats/work-orders': () => ({ byStatus: {}, total: 3, open: 3, asOfSeq: 10 }),
    '/api/oversight/supervisions': () => ({ items: [] }),
  };
  for (const order of orders) {
    routes[`/api/work-orders/${order.id}`] = () => detailOf(order, { allowedCommands: ['dispatch'] });
    routes[`/api/work-orders/${order.id}/assignee-suggestions`] = () => ({ staff: [], units: [] });
  }
  fetchMock = fakeFetch(routes);
  vi.stubGlobal('fetch', fetchMock);
  window.history.replaceState(null, '', '/console');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

const param = (name: string): string | null => new URLSearchParams(window.location.search).get(name);

describe('desk keyboard and saved filters', () => {
  it('reaches all five tabs with Alt+1…5', async () => {
    renderWithProviders(<ConsolePage />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      '工单',
      '受理登记',
      '分诊队列',
      '待审批',
      '绩效排名',
    ]);
    fireEvent.keyDown(window, { key: '4', code: 'Digit4', altKey: true });
    expect(param('tab')).toBe('approvals');
    fireEvent.keyDown(window, { key: '5', code: 'Digit5', altKey: true });
    expect(param('tab')).toBe('ranking');
    expect(screen.getByRole('tab', { name: '绩效排名' }).getAttribute('aria-keyshortcuts')).toBe('Alt+5');
  });

  it('focuses the search with /, moves with j/k and opens 派遣 with d', async () => {
    renderWithProviders(<ConsolePage />);
    await screen.findAllByTestId('order-row');
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: '搜索' }));
    // Typing in the search box is text, not a command.
    fireEvent.keyDown(document.activeElement!, { key: 'j' });
    expect(param('order')).toBeNull();

    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(param('order')).toBe('wo-1');
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(param('order')).toBe('wo-3');
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(param('order')).toBe('wo-2');

    const panel = await screen.findByTestId('dispatch-panel');
    fireEvent.keyDown(document.body, { key: 'd' });
    await waitFor(() => expect(document.activeElement).toBe(panel));
  });

  it('saves the filter set under a name and recalls it', async () => {
    window.history.replaceState(null, '', '/console?status=registered&priority=P1');
    renderWithProviders(<ConsolePage />);
    fireEvent.click(screen.getByRole('button', { name: '保存当前筛选' }));
    fireEvent.change(screen.getByLabelText('筛选名称'), { target: { value: '紧急待派遣' } });
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(JSON.parse(window.localStorage.getItem('gridcommand.console.savedFilters') ?? '[]')).toEqual([
      { name: '紧急待派遣', values: { status: 'registered', priority: 'P1' } },
    ]);

    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(param('status')).toBeNull();
    fireEvent.change(screen.getByLabelText('常用筛选'), { target: { value: '紧急待派遣' } });
    expect(param('status')).toBe('registered');
    expect(param('priority')).toBe('P1');
    await waitFor(() =>
      expect(
        fetchMock.calls.some(
          (u) => u.pathname === '/api/work-orders' && u.searchParams.get('priority') === 'P1',
        ),
      ).toBe(true),
    );
    fireEvent.click(screen.getByRole('button', { name: '删除“紧急待派遣”' }));
    expect(window.localStorage.getItem('gridcommand.console.savedFilters')).toBe('[]');
  });
});
