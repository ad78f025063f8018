import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldPage } from '../../../src/client/features/field/field-page';
import { createRealtimeBridge } from '../../../src/client/realtime/bridge';
import type { RealtimeBridge } from '../../../src/client/realtime/bridge';
import type { User } from '../../../src/shared/schemas/user';
import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import { fakeFetch, makeEvent, makeOrder } from '../fixtures';
import { renderWithProviders } from '../render';

const gridworker: User = {
  id: 'u-gridworker',
  username: 'gridworker',
  displayName: 'YT-JC-01 网格员',
  role: 'grid_worker',
  staffId: 'S-YT-JC-01-grid_worker',
  gridIds: ['YT-JC-01'],
};

const mine = makeOrder({
  id: 'wo-1',
  number: 'YT-20260301-0001',
  title: '路边垃圾堆积',
  status: 'dispatched',
  version: 3,
  assignee: { kind: 'staff', id: 'S-YT-JC-01-grid_worker' },
});
const colleagues = makeOrder({
  id: 'wo-2',
  number: 'YT-20260301-0002',
  title: '消防通道堵塞',
  status: 'dispatched',
  version: 3,
  assignee: { kind: 'staff', id: 'S-YT-JC-01-patroller' },
});

let orders: WorkOrder[];
let oscillators: number;
let vibrate: ReturnType<typeof vi.fn>;
let bridge: RealtimeBridge | null;

class FakeAudioContext {
  state = 'running';
  currentTime = 0;
  destination = {};
  resume = async (): Promise<void> => undefined;
  createOscillator() {
    oscillators += 1;
    return {
      type: 'sine',
      frequency: { value: 0 },
      connect: () => undefined,
      start: () => undefined,
      stop: () => undefined,
    };
  }
  createGain() {
    const ramp = () => undefined;
    return { gain: { setValueAtTime: ramp, exponentialRampToValueAtTime: ramp }, connect: () => undefined };
  }
}

beforeEach(() => {
  window.history.replaceState(null, '', '/field');
  window.localStorage.clear();
  orders = [mine, colleagues];
  oscillators = 0;
  bridge = null;
  vibrate = vi.fn();
  vi.stubGlobal('AudioContext', FakeAudioContext);
  Object.defineProperty(navigator, 'vibrate', { configurable: true, value: vibrate });
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      '/api/work-orders': () => ({ items: orders, total: orders.length, asOfSeq: 1 }),
      '/api/grids': () => ({ items: [], total: 0 }),
      '/api/oversight/supervisions': () => ({ items: [] }),
    }),
  );
});

afterEach(() => {
  bridge?.dispose();
  cleanup();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'vibrate');
});

async function renderField() {
  const rendered = renderWithProviders(<FieldPage user={gridworker} />);
  await screen.findAllByTestId('field-order');
  bridge = createRealtimeBridge(rendered.queryClient, rendered.store);
  return rendered;
}

/** The server's event for a change made elsewhere, and the list it answers the refetch with. */
function push(seq: number, order: WorkOrder, action: string): void {
  orders = orders.map((o) => (o.id === order.id ? order : o));
  act(() => bridge?.onWorkOrder(makeEvent(seq, order, 'work-order:updated', action)));
}

describe('field alerts', () => {
  it('beeps, vibrates and shows a banner when my order is urged', async () => {
    await renderField();
    expect(screen.queryByTestId('field-alerts')).toBeNull();

    push(10, { ...mine, urgeCount: 1, version: 4 }, 'urge');
    const banner = await screen.findByTestId('field-alerts');
    expect(banner.textContent).toContain('工单 YT-20260301-0001 被催办（第 1 次）：路边垃圾堆积');
    expect(oscillators).toBeGreaterThan(0);
    expect(vibrate).toHaveBeenCalledTimes(1);
    // The card carries the count too.
    await waitFor(() => expect(screen.getByText('催办 1 次')).toBeTruthy());
  });

  it('alerts on 督办 too, stays silent when muted, and ignores orders that are not mine', async () => {
    window.localStorage.setItem('gridcommand.field.muted', '1');
    await renderField();

    push(10, { ...colleagues, urgeCount: 1, version: 4 }, 'urge');
    push(11, { ...mine, supervised: true, version: 4 }, 'supervise');
    const banner = await screen.findByTestId('field-alerts');
    expect(banner.textContent).toContain('工单 YT-20260301-0001 被督办');
    expect(banner.textContent).not.toContain('YT-20260301-0002');
    expect(oscillators).toBe(0);
    expect(vibrate).toHaveBeenCalledTimes(1);
  });

  it('does not alert again for the same urge, e.g. when a stale list comes back', async () => {
    const { queryClient } = await renderField();
    push(10, { ...mine, urgeCount: 1, version: 4 }, 'urge');
    await screen.findByTestId('field-alerts');
    // A replayed event, then a refetch answered from an older snapshot (version 3, no urge yet)…
    push(10, { ...mine, urgeCount: 1, version: 4 }, 'urge');
    orders = [mine, colleagues];
    await act(() => queryClient.invalidateQueries());
    // …and a later change that is no new urge: none of them alerts again.
    push(12, { ...mine, urgeCount: 1, status: 'accepted', version: 5 }, 'accept');
    await waitFor(() => expect(screen.getByText('已签收')).toBeTruthy());
    expect(vibrate).toHaveBeenCalledTimes(1);
  });
});
