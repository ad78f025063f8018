import {
  calendarYear,
  DEFAULT_WORKING_HOURS,
  workingHours,
  type CalendarYear,
  type SlaLimit,
  type SlaPause,
  type SlaTime,
  type WorkingHours,
} from '../schemas/calendar';
import { toShanghaiIso } from '../work-order-number';

/*
 * Every computation runs on "local milliseconds": the UTC epoch shifted by +08:00, so that local
 * midnight is a multiple of a day. Asia/Shanghai has had no DST since 1991, so the shift is exact and
 * no Intl or time-zone database is needed.
 */
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;
const UNIT_MS = { minutes: MINUTE_MS, hours: HOUR_MS, days: DAY_MS } as const;
/** Day-by-day walks stop here, so a calendar without working time fails loudly instead of spinning. */
const MAX_DAYS = 100 * 366;

export type DayKind = 'off' | 'work';

export interface WorkCalendar {
  /** Years whose official holiday data was loaded; any other year falls back to plain Mon–Fri. */
  readonly years: ReadonlySet<number>;
  /** YYYY-MM-DD → an official day off (holiday, 调休 weekday) or a working weekend day (调休上班). */
  readonly days: ReadonlyMap<string, DayKind>;
  /** The working periods of a working day, as [start, end) minutes after local midnight. */
  readonly periods: readonly (readonly [number, number])[];
}

/** A stage (sign-off or resolution) of an order: `deadline` is the one set before any parking. */
export interface StageClock {
  start: string;
  deadline: string;
  time: SlaTime;
  pauses: readonly SlaPause[];
}

export type CardColour = 'green' | 'yellow' | 'red';

export const YELLOW_FRACTION = 0.8;
export const RED_FRACTION = 1;

/** A later entry for the same year replaces an earlier one, so a corrected import simply wins. */
export function makeCalendar(
  years: readonly CalendarYear[],
  hours: WorkingHours = [...DEFAULT_WORKING_HOURS],
): WorkCalendar {
  const byYear = new Map<number, CalendarYear>();
  for (const year of years) byYear.set(year.year, calendarYear.parse(year));
  const days = new Map<string, DayKind>();
  for (const year of byYear.values()) {
    for (const holiday of year.holidays) {
      for (const day of holiday.offDays) days.set(day, 'off');
      for (const day of holiday.workdays) days.set(day, 'work');
    }
  }
  const periods = workingHours.parse(hours).map((p) => [minutesOf(p.start), minutesOf(p.end)] as const);
  return { years: new Set(byYear.keys()), days, periods };
}

/** Mon–Fri plus make-up working weekend days, minus official days off. */
export function isWorkingDay(cal: WorkCalendar, day: string): boolean {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(ms)) throw new RangeError(`not a date: ${day}`);
  return isWorkingIndex(cal, ms / DAY_MS);
}

/** The years in [fromYear, toYear] without holiday data, for the UI's warning. */
export function missingYears(cal: WorkCalendar, fromYear: number, toYear: number): number[] {
  const missing: number[] = [];
  for (let year = fromYear; year <= toYear; year++) if (!cal.years.has(year)) missing.push(year);
  return missing;
}

/**
 * Natural limits add wall-clock time. Working minutes/hours count only inside working periods of
 * working days. Working days end at the close of the N-th working day after the day of receipt.
 */
export function deadlineFor(cal: WorkCalendar, startIso: string, limit: SlaLimit): string {
  const start = localMs(startIso);
  if (limit.time === 'working' && limit.unit === 'days') {
    return isoOf(endOfNthWorkingDayAfter(cal, dayIndexOf(start), limit.amount));
  }
  return isoOf(advance(cal, limit.time, start, limit.amount * UNIT_MS[limit.unit]));
}

/** Working milliseconds in [from, to); 0 when `to` is not after `from`. */
export function workingMsBetween(cal: WorkCalendar, fromIso: string, toIso: string): number {
  return workingBetween(cal, localMs(fromIso), localMs(toIso));
}

/** The earliest instant by which `ms` of working time has passed since `from`. */
export function addWorkingMs(cal: WorkCalendar, fromIso: string, ms: number): string {
  return isoOf(addWorking(cal, localMs(fromIso), ms));
}

/** The share of the stage's limit used at `now`; the clock stands still while parked. */
export function elapsedFraction(cal: WorkCalendar, stage: StageClock, nowIso: string): number {
  const start = localMs(stage.start);
  const now = localMs(nowIso);
  const limit = stageLimit(cal, stage, start);
  if (now <= start) return 0;
  let used = measure(cal, stage.time, start, now);
  for (const pause of mergePauses(stage.pauses)) {
    const from = Math.max(pause.from, start);
    const to = Math.min(pause.to, now);
    if (to > from) used -= measure(cal, stage.time, from, to);
  }
  return Math.max(0, used) / limit;
}

/**
 * The deadline moved later by the time parked before it. A pause that begins once the deadline has
 * passed gives nothing back. Null while a pause that began before the deadline is still open: the
 * deadline is unknown until the order is taken off parking. Pauses are assumed to begin after the start.
 */
export function shiftForPauses(
  cal: WorkCalendar,
  deadlineIso: string,
  time: SlaTime,
  pauses: readonly SlaPause[],
): string | null {
  let deadline = localMs(deadlineIso);
  for (const pause of mergePauses(pauses)) {
    if (pause.from >= deadline) break;
    if (pause.to === Infinity) return null;
    deadline = advance(cal, time, deadline, measure(cal, time, pause.from, pause.to));
  }
  return isoOf(deadline);
}

/**
 * The first instant at which `fraction` of the limit is used, for scheduling the cards; null when the
 * stage is parked (an open pause) before reaching it.
 */
export function instantAtFraction(cal: WorkCalendar, stage: StageClock, fraction: number): string | null {
  if (!Number.isFinite(fraction) || fraction < 0) throw new RangeError(`bad fraction ${fraction}`);
  let at = localMs(stage.start);
  // Shave float noise (0.8 × limit may come out a hair above an integer), or the card would be 1 ms late.
  let remaining = Math.max(0, Math.ceil(fraction * stageLimit(cal, stage, at) - 1e-6));
  for (const pause of mergePauses(stage.pauses)) {
    if (pause.to <= at) continue;
    const active = measure(cal, stage.time, at, Math.max(pause.from, at));
    if (remaining <= active) break;
    remaining -= active;
    if (pause.to === Infinity) return null;
    at = pause.to;
  }
  return isoOf(advance(cal, stage.time, at, remaining));
}

/** Green below 80 %, yellow from 80 % up to and including the deadline, red once past it. */
export function cardColour(fraction: number): CardColour {
  if (fraction > RED_FRACTION) return 'red';
  if (fraction >= YELLOW_FRACTION) return 'yellow';
  return 'green';
}

/**
 * The colour on the wall. In working time the fraction stands at exactly 1 from a 17:30 deadline until
 * the next working period opens, so `cardColour` alone would keep an overdue order yellow overnight;
 * this turns it red as soon as the (parking-shifted) deadline has passed on the clock.
 */
export function stageColour(cal: WorkCalendar, stage: StageClock, nowIso: string): CardColour {
  const due = instantAtFraction(cal, stage, RED_FRACTION);
  if (due !== null && localMs(nowIso) > localMs(due)) return 'red';
  return cardColour(elapsedFraction(cal, stage, nowIso));
}

// ---- local-millisecond arithmetic ----

function localMs(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${iso}`);
  return ms + SHANGHAI_OFFSET_MS;
}

function isoOf(local: number): string {
  return toShanghaiIso(new Date(local - SHANGHAI_OFFSET_MS));
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function dayIndexOf(local: number): number {
  return Math.floor(local / DAY_MS);
}

function isWorkingIndex(cal: WorkCalendar, index: number): boolean {
  const kind = cal.days.get(new Date(index * DAY_MS).toISOString().slice(0, 10));
  if (kind !== undefined) return kind === 'work';
  // Day 0 (1970-01-01) was a Thursday; 0 = Sunday, 6 = Saturday.
  const weekday = (((index + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

function periodsOn(cal: WorkCalendar, index: number): (readonly [number, number])[] {
  if (!isWorkingIndex(cal, index)) return [];
  const midnight = index * DAY_MS;
  return cal.periods.map(
    ([start, end]) => [midnight + start * MINUTE_MS, midnight + end * MINUTE_MS] as const,
  );
}

function endOfNthWorkingDayAfter(cal: WorkCalendar, receivedDay: number, n: number): number {
  let found = 0;
  for (let day = receivedDay + 1; day <= receivedDay + MAX_DAYS; day++) {
    if (isWorkingIndex(cal, day) && ++found === n) {
      const last = periodsOn(cal, day).at(-1);
      if (last !== undefined) return last[1];
    }
  }
  throw new RangeError(`no ${n} working days within ${MAX_DAYS} days`);
}

function workingBetween(cal: WorkCalendar, from: number, to: number): number {
  let total = 0;
  for (let day = dayIndexOf(from); day <= dayIndexOf(to) && to > from; day++) {
    for (const [start, end] of periodsOn(cal, day)) {
      total += Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
  }
  return total;
}

/** A period end is a valid answer, so a deadline at 12:00 or 17:30 stays there. */
function addWorking(cal: WorkCalendar, from: number, ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`bad duration ${ms}`);
  if (ms === 0) return from;
  let remaining = ms;
  const firstDay = dayIndexOf(from);
  for (let day = firstDay; day <= firstDay + MAX_DAYS; day++) {
    for (const [start, end] of periodsOn(cal, day)) {
      if (end <= from) continue;
      const begin = Math.max(start, from);
      if (remaining <= end - begin) return begin + remaining;
      remaining -= end - begin;
    }
  }
  throw new RangeError(`no working time within ${MAX_DAYS} days`);
}

function measure(cal: WorkCalendar, time: SlaTime, from: number, to: number): number {
  return time === 'natural' ? Math.max(0, to - from) : workingBetween(cal, from, to);
}

function advance(cal: WorkCalendar, time: SlaTime, from: number, ms: number): number {
  return time === 'natural' ? from + ms : addWorking(cal, from, ms);
}

function stageLimit(cal: WorkCalendar, stage: StageClock, start: number): number {
  const limit = measure(cal, stage.time, start, localMs(stage.deadline));
  if (limit <= 0) throw new RangeError(`no ${stage.time} time between ${stage.start} and ${stage.deadline}`);
  return limit;
}

/** Sorted, overlaps merged (so parked time is never subtracted twice); an open pause ends at Infinity. */
function mergePauses(pauses: readonly SlaPause[]): { from: number; to: number }[] {
  const spans = pauses
    .map((p) => ({ from: localMs(p.from), to: p.to === null ? Infinity : localMs(p.to) }))
    .sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const span of spans) {
    if (span.to < span.from) throw new RangeError('a pause must not end before it begins');
    const last = merged.at(-1);
    if (last !== undefined && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}
