/** A date input's `YYYY-MM-DD` as the instant its day starts in Shanghai. */
export function dayStartIso(date: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00+08:00` : null;
}

/** The day after `YYYY-MM-DD` (calendar arithmetic, no time zone involved). */
export function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * A custom period from two date inputs, both days included. The server's periods are half-open
 * [from, to), so `to` is the start of the day after the last one. Null while it is incomplete or
 * backwards.
 */
export function customPeriod(fromDate: string, toDate: string): { from: string; to: string } | null {
  const from = dayStartIso(fromDate);
  if (from === null || dayStartIso(toDate) === null || toDate < fromDate) return null;
  return { from, to: `${nextDay(toDate)}T00:00:00+08:00` };
}

/** Today in Shanghai as `YYYY-MM-DD`, the default of the date inputs. */
export function shanghaiToday(now: number): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}
