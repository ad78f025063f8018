import { describe, expect, it } from 'vitest';
import { STALE_AFTER_MS } from '../../../src/shared/realtime';
import { initialConnection, reduceConnection } from '../../../src/client/realtime/connection-state';
import { createConnectionStore } from '../../../src/client/realtime/connection-store';

describe('connection state', () => {
  it('goes connecting → connected → reconnecting → connected', () => {
    let s = initialConnection(0);
    expect(s.status).toBe('connecting');
    s = reduceConnection(s, { type: 'connected' }, 10);
    expect(s.status).toBe('connected');
    s = reduceConnection(s, { type: 'disconnected' }, 20);
    expect(s.status).toBe('reconnecting');
    s = reduceConnection(s, { type: 'connecting' }, 30);
    expect(s.status).toBe('reconnecting');
    s = reduceConnection(s, { type: 'connected' }, 40);
    expect(s.status).toBe('connected');
  });

  it('turns stale after STALE_AFTER_MS without a heartbeat, even while "connected", and recovers on one', () => {
    let s = reduceConnection(initialConnection(0), { type: 'connected' }, 0);
    s = reduceConnection(s, { type: 'fresh', at: '2026-03-01T09:00:00+08:00' }, 1000);
    s = reduceConnection(s, { type: 'tick' }, 1000 + STALE_AFTER_MS);
    expect(s.stale).toBe(false);
    s = reduceConnection(s, { type: 'tick' }, 1001 + STALE_AFTER_MS);
    expect(s.stale).toBe(true);
    expect(s.freshAt).toBe(1000); // "stale since" the last sign of life
    s = reduceConnection(s, { type: 'fresh', at: '2026-03-01T09:00:20+08:00' }, 2000 + STALE_AFTER_MS);
    expect(s.stale).toBe(false);
    expect(s.dataAt).toBe('2026-03-01T09:00:20+08:00');
  });

  it('returns the same snapshot when a tick changes nothing, so the store does not notify', () => {
    let now = 0;
    const store = createConnectionStore(() => now);
    let notified = 0;
    store.subscribe(() => notified++);
    const before = store.getSnapshot();
    now = 500;
    store.dispatch({ type: 'tick' });
    expect(store.getSnapshot()).toBe(before);
    expect(notified).toBe(0);
    now = STALE_AFTER_MS + 1;
    store.dispatch({ type: 'tick' });
    expect(store.getSnapshot().stale).toBe(true);
    expect(notified).toBe(1);
  });
});
