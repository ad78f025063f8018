/** Asia/Shanghai has had no DST since 1991, so a fixed +08:00 offset renders its local time exactly. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/**
 * The server's own `at` format (ms precision, +08:00), reproduced here so the bare server's
 * payload has the same bytes and the client parses both the same way.
 */
export function shanghaiIso(ms: number): string {
  return `${new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
}

/**
 * Wall-clock time with sub-millisecond resolution. `Date.now()` is whole milliseconds; the
 * monotonic clock anchored at `performance.timeOrigin` keeps the fraction.
 */
export function wallClockMs(): number {
  return performance.timeOrigin + performance.now();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
