/** How often a still (a camera not on the wall) is re-read. */
export const SNAPSHOT_REFRESH_MS = 30_000;

/**
 * A snapshot URL that changes every `refreshMs`, so the browser fetches a fresh still each period
 * while a prefetch and the <img> of the same period share one cached response.
 */
export function snapshotSrc(url: string, now: number, refreshMs = SNAPSHOT_REFRESH_MS): string {
  const bucket = Math.floor(now / refreshMs);
  return `${url}${url.includes('?') ? '&' : '?'}t=${bucket}`;
}
