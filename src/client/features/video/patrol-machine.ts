/**
 * Patrol (轮巡) as a pure state machine: pages of `perPage` cameras, advanced when `dueAt` passes.
 * No clock and no timers here — every step is given `now` — so the rules are tested without a DOM.
 */
export interface PatrolState {
  ids: readonly string[];
  perPage: number;
  page: number;
  intervalMs: number;
  paused: boolean;
  /** When the page changes next (while running). */
  dueAt: number;
  /** What was left of the interval when paused; the countdown resumes from it. */
  remainingMs: number;
}

export interface PatrolInit {
  ids: readonly string[];
  perPage: number;
  intervalMs: number;
  paused: boolean;
  now: number;
}

export function createPatrol({ ids, perPage, intervalMs, paused, now }: PatrolInit): PatrolState {
  return { ids, perPage, page: 0, intervalMs, paused, dueAt: now + intervalMs, remainingMs: intervalMs };
}

export function pageCount(s: PatrolState): number {
  return Math.max(1, Math.ceil(s.ids.length / s.perPage));
}

export function pageIds(s: PatrolState, page = s.page): readonly string[] {
  const p = ((page % pageCount(s)) + pageCount(s)) % pageCount(s);
  return s.ids.slice(p * s.perPage, (p + 1) * s.perPage);
}

/** The page after this one: what gets prepared (snapshots, playlists) before it shows. */
export function nextPageIds(s: PatrolState): readonly string[] {
  return pageCount(s) > 1 ? pageIds(s, s.page + 1) : [];
}

export function countdownMs(s: PatrolState, now: number): number {
  return s.paused ? s.remainingMs : Math.max(0, s.dueAt - now);
}

/** Moves to the next page once due. The next change is counted from `now`, so a tab that slept
 * for minutes moves one page, not one per missed interval. */
export function tick(s: PatrolState, now: number): PatrolState {
  if (s.paused || now < s.dueAt) return s;
  if (pageCount(s) === 1) return { ...s, dueAt: now + s.intervalMs };
  return { ...s, page: (s.page + 1) % pageCount(s), dueAt: now + s.intervalMs };
}

export function pause(s: PatrolState, now: number): PatrolState {
  return s.paused ? s : { ...s, paused: true, remainingMs: Math.max(0, s.dueAt - now) };
}

export function resume(s: PatrolState, now: number): PatrolState {
  return s.paused ? { ...s, paused: false, dueAt: now + s.remainingMs } : s;
}

/** A manual step (prev/next buttons): the interval restarts so the page stays a full round. */
export function goTo(s: PatrolState, page: number, now: number): PatrolState {
  const count = pageCount(s);
  return {
    ...s,
    page: ((page % count) + count) % count,
    dueAt: now + s.intervalMs,
    remainingMs: s.intervalMs,
  };
}

/** A new selection, page size or interval: start over unless only the camera list was refreshed. */
export function reconfigure(
  s: PatrolState,
  next: { ids: readonly string[]; perPage: number; intervalMs: number },
  now: number,
): PatrolState {
  const sameIds = next.ids.length === s.ids.length && next.ids.every((id, i) => id === s.ids[i]);
  if (sameIds && next.perPage === s.perPage && next.intervalMs === s.intervalMs) return s;
  if (sameIds && next.perPage === s.perPage) {
    return { ...s, intervalMs: next.intervalMs, dueAt: now + next.intervalMs, remainingMs: next.intervalMs };
  }
  return createPatrol({ ...next, paused: s.paused, now });
}
