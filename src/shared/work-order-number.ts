/** Asia/Shanghai has had no DST since 1991: a fixed +08:00 offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** YYYYMMDD of an instant in Asia/Shanghai. */
export function shanghaiDay(iso: string): string {
  const d = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS);
  return d.toISOString().slice(0, 10).replaceAll('-', '');
}

/** Readable number of the n-th order of a Shanghai day: YT-YYYYMMDD-NNNN. */
export function formatWorkOrderNumber(day: string, n: number): string {
  if (!/^\d{8}$/.test(day)) throw new Error(`bad day ${day}`);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bad sequence ${n}`);
  return `YT-${day}-${String(n).padStart(4, '0')}`;
}

export const WORK_ORDER_NUMBER_PATTERN = /^YT-\d{8}-\d{4,}$/;

/** An instant rendered with the +08:00 offset, as responses carry it. */
export function toShanghaiIso(iso: string | Date): string {
  const ms = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  const local = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return `${local.slice(0, 23)}+08:00`;
}
