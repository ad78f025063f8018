import { z } from 'zod';
import { isoTime } from './common';
import { categoryCode } from './town';
import { priority } from './work-order';

/** A calendar date; the check for a real date lives here so a year file can be imported by an admin. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isRealDate, 'not a real date');

/** Also called on malformed text: zod 4 runs a refinement even after the regex has failed. */
function isRealDate(day: string): boolean {
  const date = utcDate(day);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function isWeekend(day: string): boolean {
  const weekday = utcDate(day).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export const calendarHoliday = z.object({
  name: z.string().min(1),
  /** Statutory holidays and the weekdays given off in lieu (放假调休). */
  offDays: z.array(isoDay),
  /** Weekend days that are working days (调休上班). */
  workdays: z.array(isoDay),
});
export type CalendarHoliday = z.infer<typeof calendarHoliday>;

/** One year of the national working calendar, as the State Council publishes it each November. */
export const calendarYear = z
  .object({
    year: z.number().int().min(1970).max(9999),
    source: z.string().optional(),
    note: z.string().optional(),
    holidays: z.array(calendarHoliday),
  })
  .superRefine((cal, ctx) => {
    const off = new Set<string>();
    const work = new Set<string>();
    cal.holidays.forEach((holiday, h) => {
      for (const kind of ['offDays', 'workdays'] as const) {
        holiday[kind].forEach((day, d) => {
          const path = ['holidays', h, kind, d];
          const issue = (message: string): void => ctx.addIssue({ code: 'custom', path, message });
          // An invalid date already has its own issue; the checks below would only add noise.
          if (!isoDay.safeParse(day).success) return;
          if (!day.startsWith(`${cal.year}-`)) issue(`${day} is outside ${cal.year}`);
          const mine = kind === 'offDays' ? off : work;
          const other = kind === 'offDays' ? work : off;
          if (mine.has(day)) issue(`${day} is listed twice`);
          if (other.has(day)) issue(`${day} is both a day off and a working day`);
          if (kind === 'workdays' && !isWeekend(day))
            issue(`${day} is a weekday: only a weekend day can be made a working day`);
          mine.add(day);
        });
      }
    });
  });
export type CalendarYear = z.infer<typeof calendarYear>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm');

export const workingPeriod = z
  .object({ start: hhmm, end: hhmm })
  .refine((p) => p.start < p.end, { message: 'a period must end after it starts', path: ['end'] });
export type WorkingPeriod = z.infer<typeof workingPeriod>;

export const DEFAULT_WORKING_HOURS: readonly WorkingPeriod[] = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:30' },
];

/** The working periods of a working day, in order; zero-padded HH:mm compares correctly as text. */
export const workingHours = z
  .array(workingPeriod)
  .min(1)
  .superRefine((periods, ctx) => {
    periods.forEach((period, i) => {
      const previous = periods[i - 1];
      if (previous !== undefined && period.start < previous.end) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'start'],
          message: 'periods must be in order and must not overlap',
        });
      }
    });
  })
  .default(() => DEFAULT_WORKING_HOURS.map((period) => ({ ...period })));
export type WorkingHours = z.infer<typeof workingHours>;

/** Natural time runs around the clock; working time only inside working periods of working days. */
export const slaTime = z.enum(['natural', 'working']);
export type SlaTime = z.infer<typeof slaTime>;

export const slaLimit = z.object({
  amount: z.number().int().positive(),
  unit: z.enum(['minutes', 'hours', 'days']),
  time: slaTime,
});
export type SlaLimit = z.infer<typeof slaLimit>;

export const slaRule = z.object({
  /** A category code, or '*' for every category without its own row. */
  category: z.union([categoryCode, z.literal('*')]),
  priority,
  signOff: slaLimit,
  resolve: slaLimit,
});
export type SlaRule = z.infer<typeof slaRule>;

/** A parking (挂账) interval during which a stage's clock stands still; `to` is null while still parked. */
export const slaPause = z.object({ from: isoTime, to: isoTime.nullable() });
export type SlaPause = z.infer<typeof slaPause>;
