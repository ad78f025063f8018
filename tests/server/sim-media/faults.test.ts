import { describe, expect, it } from 'vitest';
import { faultEffect, FLAP_PERIOD_MS, SLOW_DELAY_MS } from '../../../src/server/sim-media/faults';

const since = Date.parse('2026-11-28T08:00:00Z');

describe('sim-media fault effects', () => {
  it('offline is unreachable, frozen holds the instant it was set, slow is held back', () => {
    expect(faultEffect(null, since)).toEqual({ reachable: true, frozenAtMs: null, delayMs: 0 });
    expect(faultEffect({ fault: 'offline', sinceMs: since }, since + 5000).reachable).toBe(false);
    expect(faultEffect({ fault: 'frozen', sinceMs: since }, since + 60_000).frozenAtMs).toBe(since);
    const slow = faultEffect({ fault: 'slow', sinceMs: since }, since + 1);
    expect(slow.delayMs).toBe(SLOW_DELAY_MS);
    expect(slow.delayMs).toBeGreaterThanOrEqual(1500);
    expect(slow.delayMs).toBeLessThanOrEqual(3000);
  });

  it('flapping alternates down and up every period, starting down', () => {
    const at = (ms: number): boolean =>
      faultEffect({ fault: 'flapping', sinceMs: since }, since + ms).reachable;
    expect(FLAP_PERIOD_MS).toBe(10_000);
    expect([at(0), at(9_999), at(10_000), at(19_999), at(20_000)]).toEqual([false, false, true, true, false]);
  });
});
