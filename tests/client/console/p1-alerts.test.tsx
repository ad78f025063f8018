import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import { ConsolePage } from '../../../src/client/features/console/console-page';
import { createRealtimeBridge } from '../../../src/client/realtime/bridge';
import { fakeFetch, makeEvent } from '../fixtures';
import { renderWithProviders } from '../render';
import { registered } from './desk-fakes';
import { EMPTY_LIST, listOf } from './triage-fakes';

const HOUR = 3_600_000;
const ago = (ms: number): string => new Date(Date.now() - ms).toISOString();

class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static requestPermission = vi.fn(async (): Promise<NotificationPermission> => 'granted');
  static shown: { title: string; options: NotificationOptions | undefined }[] = [];
  onclick: (() => void) | null = null;
  constructor(title: string, options?: NotificationOptions) {
    FakeNotification.shown.push({ title, options });
  }
}

let orders: WorkOrder[];
let seq: number;

beforeEach(() => {
  FakeNotification.permission = 'granted';
  FakeNotification.shown = [];
  orders = [
    // P1 already when the desk opens: not news.
    registered('wo-1', { status: 'new', priority: 'P1', createdAt: ago(2 * HOUR) }),
    registered('wo-2', { status: 'new', priority: null, createdAt: ago(HOUR), title: '燃气味道很重' }),
  ];
  seq = 10;
  vi.stubGlobal('Notification', FakeNotification);
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      '/api/work-orders': () => listOf(orders),
      '/api/grids': () => EMPTY_LIST,
      '/api/stats/work-orders': () => ({ byStatus: { new: orders.length }, total: 2, open: 2, asOfSeq: seq }),
    }),
  );
  window.history.replaceState(null, '', '/console?tab=intake');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('new P1 alert (紧急工单提醒)', () => {
  it('notifies for an order created P1, whatever tab is open, and not for one P1 before', async () => {
    const { queryClient, store } = renderWithProviders(<ConsolePage />);
    await screen.findByTestId('p1-alerts');
    const bridge = createRealtimeBridge(queryClient, store);

    const created = registered('wo-3', {
      status: 'new',
      priority: 'P1',
      createdAt: new Date().toISOString(),
      title: '消防通道堵塞',
    });
    orders = [...orders, created];
    seq = 11;
    act(() => bridge.onWorkOrder(makeEvent(11, created, 'work-order:created', 'create')));

    await waitFor(() => expect(FakeNotification.shown).toHaveLength(1), { timeout: 3000 });
    expect(FakeNotification.shown[0]).toEqual({
      title: '新的紧急工单 YT-20260301-0003',
      options: { body: '消防通道堵塞', tag: 'wo-3' },
    });
    expect(screen.getByRole('alert').textContent).toContain('YT-20260301-0003 消防通道堵塞');
    bridge.dispose();
  });

  it('notifies when 立案 grades a waiting order P1', async () => {
    window.history.replaceState(null, '', '/console?tab=triage');
    const { queryClient, store } = renderWithProviders(<ConsolePage />);
    await screen.findByTestId('triage-queue');
    const bridge = createRealtimeBridge(queryClient, store);
    expect(FakeNotification.shown).toEqual([]);

    const graded = { ...orders[1]!, status: 'registered' as const, priority: 'P1' as const, version: 2 };
    act(() => bridge.onWorkOrder(makeEvent(11, graded, 'work-order:updated', 'register')));
    await waitFor(() => expect(FakeNotification.shown.map((n) => n.options?.tag)).toEqual(['wo-2']));
    bridge.dispose();
  });

  it('asks for permission from the button, and rings unless muted', async () => {
    FakeNotification.permission = 'default';
    const beeps = vi.fn();
    class FakeAudioContext {
      state = 'running';
      currentTime = 0;
      destination = {};
      createOscillator(): object {
        beeps();
        return {
          type: '',
          frequency: { value: 0 },
          connect: (n: unknown) => n,
          start: vi.fn(),
          stop: vi.fn(),
        };
      }
      createGain(): object {
        return {
          gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() },
          connect: (n: unknown) => n,
        };
      }
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    window.history.replaceState(null, '', '/console?tab=triage');
    const { queryClient, store } = renderWithProviders(<ConsolePage />);
    await screen.findByTestId('triage-queue');

    fireEvent.click(screen.getByRole('button', { name: '开启桌面提醒' }));
    await waitFor(() => expect(FakeNotification.requestPermission).toHaveBeenCalled());
    expect(await screen.findByText('桌面提醒已开启')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('紧急提醒静音'));
    expect(window.localStorage.getItem('gridcommand.console.p1Muted')).toBe('true');
    const bridge = createRealtimeBridge(queryClient, store);
    const graded = { ...orders[1]!, status: 'registered' as const, priority: 'P1' as const, version: 2 };
    act(() => bridge.onWorkOrder(makeEvent(11, graded, 'work-order:updated', 'register')));
    await screen.findByRole('alert');
    expect(beeps).not.toHaveBeenCalled();

    fireEvent.click(screen.getByLabelText('紧急提醒静音'));
    const other = { ...orders[0]!, id: 'wo-5', priority: 'P2' as const };
    orders = [...orders, other];
    act(() =>
      queryClient.setQueryData(['work-orders', 'list', { status: 'new', limit: 1000 }], listOf(orders)),
    );
    act(() =>
      bridge.onWorkOrder(makeEvent(12, { ...other, priority: 'P1', version: 2, status: 'registered' })),
    );
    await waitFor(() => expect(beeps).toHaveBeenCalled());
    bridge.dispose();
  });
});
