import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionBanner } from '../../../src/client/components/connection-banner';
import { createConnectionStore } from '../../../src/client/realtime/connection-store';
import { STALE_AFTER_MS } from '../../../src/shared/realtime';
import { renderWithProviders } from '../render';

afterEach(cleanup);

describe('connection banner', () => {
  it('turns red with the time data stopped arriving, and green again on a heartbeat', () => {
    // 2026-03-01 09:00:00 in Shanghai
    let now = Date.parse('2026-03-01T01:00:00Z');
    const store = createConnectionStore(() => now);
    renderWithProviders(<ConnectionBanner />, 'zh-CN', store);
    act(() => {
      store.dispatch({ type: 'connected' });
      store.dispatch({ type: 'fresh', at: '2026-03-01T09:00:00+08:00' });
    });
    expect(screen.getByRole('status').textContent).toBe('实时连接正常');

    now += STALE_AFTER_MS + 1;
    act(() => store.dispatch({ type: 'tick' }));
    const banner = screen.getByRole('alert');
    expect(banner.getAttribute('data-state')).toBe('stale');
    expect(banner.textContent).toBe('数据已过期（自 09:00:00 起）');

    act(() => store.dispatch({ type: 'fresh', at: '2026-03-01T09:00:12+08:00' }));
    expect(screen.getByRole('status').getAttribute('data-state')).toBe('connected');
  });
});
