import type { SlaRule } from '../schemas/calendar';
import type { CategoryCode } from '../schemas/town';
import {
  escalationLevel,
  type EscalationLevel,
  type StageClock,
  type StageName,
  type WorkOrder,
} from '../schemas/work-order';
import { limitsFor } from './limits';
import {
  addWorkingMs,
  deadlineFor,
  instantAtFraction,
  shiftForPauses,
  stageColour,
  YELLOW_FRACTION,
  type StageClock as TimeStage,
  type WorkCalendar,
} from './working-time';

/** Levels a category's orders climb, lowest first; `*` is the default ladder. */
export type Ladders = Partial<Record<CategoryCode | '*', EscalationLevel[]>>;

/** "小事不出村，大事不出镇": most go grid → village → town; a few skip the village. */
export const DEFAULT_LADDERS: Ladders = {
  '*': ['grid', 'village', 'town', 'county'],
  safety: ['grid', 'town', 'county'],
  ecology: ['grid', 'town', 'county'],
  flood: ['grid', 'town', 'county'],
  petition: ['village', 'town', 'county'],
};

export interface ClockConfig {
  calendar: WorkCalendar;
  rules: readonly SlaRule[];
  ladders: Ladders;
  /** A stage still open this many working days after its red card is 通报'd and escalated one level. */
  escalateAfterWorkingDays: number;
  /**
   * Demo only (the simulated town): time runs `speed` times faster — limits arrive already compressed
   * into natural minutes, and the escalation delay is compressed the same way. Absent in production.
   */
  demo?: { speed: number };
}

/** Working time in one working day (08:30–12:00 + 13:30–17:30 = 7.5 h by default). */
export function workingDayMs(cal: WorkCalendar): number {
  return cal.periods.reduce((sum, [from, to]) => sum + (to - from) * 60_000, 0);
}

export function ladderFor(ladders: Ladders, category: CategoryCode | null): EscalationLevel[] {
  return (category !== null ? ladders[category] : undefined) ?? ladders['*'] ?? [...escalationLevel.options];
}

/** The next level on the order's ladder above where it stands; null at the top. */
export function nextRung(order: WorkOrder, ladders: Ladders): EscalationLevel | null {
  const all = escalationLevel.options;
  const here = all.indexOf(order.escalationLevel);
  return ladderFor(ladders, order.category).find((level) => all.indexOf(level) > here) ?? null;
}

const RUNNING: ReadonlySet<WorkOrder['status']> = new Set([
  'registered',
  'dispatched',
  'accepted',
  'in_progress',
]);

/** The stage whose clock runs now: sign-off until 签收, then resolution until 处置. */
export function activeStage(order: WorkOrder): StageName | null {
  if (!RUNNING.has(order.status)) return null;
  const { signOff, resolve } = order.clocks;
  if (signOff && signOff.metAt === null) return 'signOff';
  if (resolve && resolve.metAt === null) return 'resolve';
  return null;
}

export function timeStage(stage: StageClock): TimeStage {
  return { start: stage.start, deadline: stage.due, time: stage.time, pauses: stage.pauses };
}

function freshStage(cfg: ClockConfig, start: string, limit: SlaRule['signOff']): StageClock {
  return {
    start,
    due: deadlineFor(cfg.calendar, start, limit),
    time: limit.time,
    pauses: [],
    colour: 'green',
    metAt: null,
    escalations: 0,
  };
}

export type OversightStep =
  | { kind: 'yellow'; stage: StageName; at: string }
  | { kind: 'red'; stage: StageName; at: string }
  | { kind: 'escalate'; stage: StageName; at: string };

/** What the scheduler must do next for this order, and when; null when nothing is due. */
export function nextStep(order: WorkOrder, cfg: ClockConfig): OversightStep | null {
  const stage = activeStage(order);
  if (stage === null) return null;
  const clock = order.clocks[stage];
  if (clock === null) return null;
  const cal = cfg.calendar;
  if (clock.colour === 'green') {
    const at = instantAtFraction(cal, timeStage(clock), YELLOW_FRACTION);
    return at === null ? null : { kind: 'yellow', stage, at };
  }
  const due = shiftForPauses(cal, clock.due, clock.time, clock.pauses);
  if (due === null) return null;
  if (clock.colour === 'yellow') return { kind: 'red', stage, at: plusMs(due, 1) };
  if (order.escalationRequest !== null || nextRung(order, cfg.ladders) === null) return null;
  const span = (clock.escalations + 1) * cfg.escalateAfterWorkingDays * workingDayMs(cal);
  if (cfg.demo) return { kind: 'escalate', stage, at: plusMs(due, Math.round(span / cfg.demo.speed)) };
  return { kind: 'escalate', stage, at: addWorkingMs(cal, due, span) };
}

function plusMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

/**
 * The stage clocks after a command has been decided: set on 立案 (and again on reopen), met on
 * 签收 and 处置, restarted by rework, paused while parked, moved by an approved extension. The
 * deadlines shown and the next check follow from them.
 */
export function clocksAfter(next: WorkOrder, action: string, now: string, cfg: ClockConfig): WorkOrder {
  let { signOff, resolve } = next.clocks;
  const { calendar } = cfg;
  if ((action === 'register' || action === 'reopen') && next.category !== null && next.priority !== null) {
    const limits = limitsFor(cfg.rules, next.category, next.priority);
    // Counted from receipt (受理) on 立案; a reopened order starts afresh.
    const start = action === 'register' ? next.createdAt : now;
    signOff = freshStage(cfg, start, limits.signOff);
    resolve = freshStage(cfg, start, limits.resolve);
  } else if (action === 'accept' && signOff) {
    signOff = { ...signOff, metAt: now };
  } else if (action === 'resolve' && resolve) {
    resolve = { ...resolve, metAt: now };
  } else if (action === 'verify_fail' && next.category !== null && next.priority !== null) {
    // 返工: the unit signs off again, and the resolution clock runs on from where it stood.
    signOff = freshStage(cfg, now, limitsFor(cfg.rules, next.category, next.priority).signOff);
    if (resolve) resolve = { ...resolve, metAt: null };
  } else if (action === 'approve_parking' && resolve) {
    resolve = { ...resolve, pauses: [...resolve.pauses, { from: now, to: null }] };
  } else if (action === 'resume' && resolve) {
    resolve = { ...resolve, pauses: resolve.pauses.map((p) => (p.to === null ? { ...p, to: now } : p)) };
  } else if (action === 'approve_extension' && resolve && next.extension.until !== null) {
    resolve = { ...resolve, due: next.extension.until, pauses: [], escalations: 0 };
    resolve = { ...resolve, colour: stageColour(calendar, timeStage(resolve), now) };
  }
  return withSchedule({ ...next, clocks: { ...next.clocks, signOff, resolve } }, cfg);
}

/** Deadlines as shown (moved by parking; null while parked) and the next instant to look again. */
export function withSchedule(order: WorkOrder, cfg: ClockConfig): WorkOrder {
  const shown = (stage: StageClock | null): string | null =>
    stage === null ? null : shiftForPauses(cfg.calendar, stage.due, stage.time, stage.pauses);
  const { signOff, resolve } = order.clocks;
  const withDeadlines: WorkOrder =
    signOff === null && resolve === null
      ? order
      : { ...order, deadlines: { signOff: shown(signOff), resolve: shown(resolve) } };
  const step = nextStep(withDeadlines, cfg);
  return { ...withDeadlines, clocks: { ...withDeadlines.clocks, nextCheckAt: step?.at ?? null } };
}

/** The unit a card or a supervision is recorded against: the assignee's grid, department or squad. */
export function responsibleUnit(order: WorkOrder): { kind: string; id: string } {
  const a = order.assignee;
  if (a === null) return { kind: 'centre', id: 'centre' };
  if (a.kind === 'staff')
    return order.gridId ? { kind: 'grid', id: order.gridId } : { kind: 'centre', id: 'centre' };
  return { kind: a.kind, id: a.id };
}
