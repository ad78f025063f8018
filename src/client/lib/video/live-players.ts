/**
 * Counts the hls.js players alive in this page. Patrol must never leave a past page's player
 * running; the browser tests read `window.__gridcommandVideo` to check that, and an operator can
 * read it from the console.
 */
export interface LivePlayerCounts {
  live: number;
  created: number;
  destroyed: number;
}

const counts: LivePlayerCounts = { live: 0, created: 0, destroyed: 0 };

declare global {
  interface Window {
    __gridcommandVideo?: Readonly<LivePlayerCounts>;
  }
}

function publish(): void {
  if (typeof window !== 'undefined') window.__gridcommandVideo = { ...counts };
}

export function playerCreated(): void {
  counts.live += 1;
  counts.created += 1;
  publish();
}

export function playerDestroyed(): void {
  counts.live -= 1;
  counts.destroyed += 1;
  publish();
}

export function livePlayerCounts(): Readonly<LivePlayerCounts> {
  return { ...counts };
}
