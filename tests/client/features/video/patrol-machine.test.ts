import { describe, expect, it } from 'vitest';
import {
  countdownMs,
  createPatrol,
  goTo,
  nextPageIds,
  pageCount,
  pageIds,
  pause,
  reconfigure,
  resume,
  tick,
} from '../../../../src/client/features/video/patrol-machine';

const ids = Array.from({ length: 40 }, (_, i) => `CAM-${i + 1}`);
const start = (paused = false) => createPatrol({ ids, perPage: 9, intervalMs: 2000, paused, now: 0 });

describe('patrol machine', () => {
  it('splits the selection into pages of the layout size', () => {
    const s = start();
    expect(pageCount(s)).toBe(5);
    expect(pageIds(s)).toEqual(ids.slice(0, 9));
    expect(pageIds(s, 4)).toEqual(ids.slice(36));
    expect(nextPageIds(s)).toEqual(ids.slice(9, 18));
  });

  it('advances one page when the interval passes, and wraps round', () => {
    let s = start();
    expect(tick(s, 1999)).toBe(s);
    s = tick(s, 2000);
    expect(s.page).toBe(1);
    expect(countdownMs(s, 2500)).toBe(1500);
    for (let t = 4000; t <= 10_000; t += 2000) s = tick(s, t);
    expect(s.page).toBe(0);
  });

  it('a tab that slept moves one page, not one per missed interval', () => {
    expect(tick(start(), 60_000)).toMatchObject({ page: 1, dueAt: 62_000 });
  });

  it('pause freezes the page and the countdown; resume continues from it', () => {
    let s = pause(start(), 500);
    expect(s.paused).toBe(true);
    expect(tick(s, 10_000)).toBe(s);
    expect(countdownMs(s, 10_000)).toBe(1500);
    s = resume(s, 10_000);
    expect(countdownMs(s, 10_000)).toBe(1500);
    expect(tick(s, 11_500).page).toBe(1);
  });

  it('a paused start does not move until resumed', () => {
    const s = start(true);
    expect(tick(s, 5000).page).toBe(0);
  });

  it('manual steps wrap and restart the interval', () => {
    const s = goTo(start(), -1, 1000);
    expect(s.page).toBe(4);
    expect(countdownMs(s, 1000)).toBe(2000);
  });

  it('a single page has no next page to prepare and stays put', () => {
    const s = createPatrol({ ids: ids.slice(0, 4), perPage: 9, intervalMs: 2000, paused: false, now: 0 });
    expect(nextPageIds(s)).toEqual([]);
    expect(tick(s, 2000).page).toBe(0);
  });

  it('a refreshed list with the same ids keeps the page; a new selection starts over', () => {
    const s = tick(start(), 2000);
    expect(reconfigure(s, { ids: [...ids], perPage: 9, intervalMs: 2000 }, 2100)).toBe(s);
    expect(reconfigure(s, { ids: ids.slice(0, 20), perPage: 9, intervalMs: 2000 }, 2100).page).toBe(0);
    expect(reconfigure(s, { ids, perPage: 9, intervalMs: 5000 }, 2100)).toMatchObject({
      page: 1,
      dueAt: 7100,
    });
  });
});
