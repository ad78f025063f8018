import type { Translate } from '../../app/i18n/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2天3小时", "1小时05分", "4分12秒": coarse when far, to the second when close. */
export function formatDuration(t: Translate, ms: number): string {
  const abs = Math.abs(ms);
  const d = Math.floor(abs / DAY);
  const h = Math.floor((abs % DAY) / HOUR);
  const m = Math.floor((abs % HOUR) / MINUTE);
  const s = Math.floor((abs % MINUTE) / 1000);
  if (d > 0) return t('dispatch.duration.days', { d, h });
  if (h > 0) return t('dispatch.duration.hours', { h, m: String(m).padStart(2, '0') });
  return t('dispatch.duration.minutes', { m, s: String(s).padStart(2, '0') });
}

/** "剩余 …" before the instant, "已超时 …" after it. */
export function formatCountdown(t: Translate, due: string, now: number): string {
  const left = Date.parse(due) - now;
  return left >= 0
    ? t('dispatch.clock.remaining', { time: formatDuration(t, left) })
    : t('dispatch.clock.overdue', { time: formatDuration(t, left) });
}
