import { describe, expect, it } from 'vitest';
import { backoffMs, observe, startWatch, STALL_MS } from '../../../../src/client/features/video/stall-watch';

describe('stall watch', () => {
  it('is not stalled while currentTime advances', () => {
    let w = startWatch(0);
    for (let t = 1000; t <= 20_000; t += 1000) {
      const seen = observe(w, t / 1000, t);
      expect(seen.stalled).toBe(false);
      w = seen.watch;
    }
  });

  it('is stalled once currentTime has not moved for ~6 s', () => {
    let w = observe(startWatch(0), 4.2, 1000).watch;
    expect(observe(w, 4.2, 1000 + STALL_MS - 1).stalled).toBe(false);
    w = observe(w, 4.2, 1000 + STALL_MS - 1).watch;
    expect(observe(w, 4.2, 1000 + STALL_MS).stalled).toBe(true);
  });

  it('a player that never starts counts as stalled too', () => {
    expect(observe(startWatch(0), 0, STALL_MS).stalled).toBe(false); // first sample: 0 is new
    const w = observe(startWatch(0), 0, 1).watch;
    expect(observe(w, 0, STALL_MS + 1).stalled).toBe(true);
  });

  it('backs off 1, 2, 4 … seconds up to 30', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });
});
