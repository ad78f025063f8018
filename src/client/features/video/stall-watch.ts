/**
 * Stall detection for one tile: the picture counts as stalled when `currentTime` has not moved for
 * `STALL_MS` while the tile is meant to play. Pure, fed with samples, so it is tested without video.
 */
export const STALL_MS = 6000;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30_000;

export interface StallWatch {
  lastTime: number;
  lastAdvanceAt: number;
}

export function startWatch(now: number): StallWatch {
  return { lastTime: -1, lastAdvanceAt: now };
}

export function observe(
  w: StallWatch,
  currentTime: number,
  now: number,
): { watch: StallWatch; stalled: boolean } {
  if (currentTime !== w.lastTime)
    return { watch: { lastTime: currentTime, lastAdvanceAt: now }, stalled: false };
  return { watch: w, stalled: now - w.lastAdvanceAt >= STALL_MS };
}

/** 1 s, 2 s, 4 s … capped at 30 s, so a camera that stays down is not hammered. */
export function backoffMs(attempt: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt));
}
