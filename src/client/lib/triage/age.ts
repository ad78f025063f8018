export type AgeUnit = 'justNow' | 'minutes' | 'hours' | 'days';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How long ago `since` was, in the coarsest unit that still says something ("3 分钟前"). */
export function elapsed(since: string, now: number): { unit: AgeUnit; value: number } {
  const ms = Math.max(0, now - Date.parse(since));
  if (Number.isNaN(ms) || ms < MINUTE_MS) return { unit: 'justNow', value: 0 };
  if (ms < HOUR_MS) return { unit: 'minutes', value: Math.floor(ms / MINUTE_MS) };
  if (ms < DAY_MS) return { unit: 'hours', value: Math.floor(ms / HOUR_MS) };
  return { unit: 'days', value: Math.floor(ms / DAY_MS) };
}
