/**
 * Every time on screen is Asia/Shanghai, 24-hour, whatever the browser's own zone: the wall and
 * the field phones must agree with each other and with the order numbers.
 */
const TIME_ZONE = 'Asia/Shanghai';

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type Parts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;

function partsOf(value: string | number | Date): Parts | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const parts: Parts = { year: '', month: '', day: '', hour: '', minute: '', second: '' };
  for (const part of formatter.formatToParts(date)) {
    if (part.type in parts) parts[part.type as keyof Parts] = part.value;
  }
  return parts;
}

/** hh:mm:ss */
export function formatClock(value: string | number | Date): string {
  const p = partsOf(value);
  return p ? `${p.hour}:${p.minute}:${p.second}` : '';
}

/** YYYY-MM-DD hh:mm */
export function formatDateTime(value: string | number | Date): string {
  const p = partsOf(value);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : '';
}

/** MM-DD hh:mm, for dense lists where the year is obvious. */
export function formatShortDateTime(value: string | number | Date): string {
  const p = partsOf(value);
  return p ? `${p.month}-${p.day} ${p.hour}:${p.minute}` : '';
}

/** A `datetime-local` input value read as Shanghai wall-clock time, as an ISO instant with +08:00. */
export function shanghaiLocalToIso(local: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?$/.exec(local);
  if (!match) return null;
  return `${match[1]}${match[2] ?? ':00'}+08:00`;
}
