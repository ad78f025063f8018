/*
 * 绩效评价 (DESIGN §3.6): one row per unit and period, ranked by a composite score.
 *
 * Periods are half-open [from, to): an instant exactly at `to` belongs to the next period.
 *
 * Attribution: an order belongs to `responsibleUnit(order)` — the one cards and supervisions are
 * recorded against — i.e. its current assignee: a staff member's grid (that grid's village when
 * ranking villages), a department or a squad. Unassigned orders (and staff outside any grid) belong
 * to no unit. Rejected and merged orders never ran a clock and are left out of the stage counts.
 *
 * On time, per stage (签收 signOff, 处置 resolve), using the due instant moved by parking:
 * - a stage met by its due is on time and is counted in the period holding its `metAt`;
 * - a stage met after its due, or still open once its due has passed (`due < now`; DESIGN §3.3:
 *   open-and-overdue counts as late), is late and is counted in the period holding its due;
 * - an open stage not yet due, or parked now (its due is unknown until it resumes), is not counted.
 * Each stage is thus counted in exactly one period, the one in which its outcome was settled.
 * An order carries one clock per stage: rework restarts the sign-off clock (the one evaluated is the
 * latest) and reopens the resolve clock, which keeps its original start and due.
 *
 * avgHandlingHours: mean over orders resolved in the period (resolve.metAt in it) of
 *   resolve.metAt − resolve.start, in natural hours, or in working hours when a calendar is given.
 *   resolve.start is the 立案 (or reopen) instant, as is the first signOff.start; after a rework the
 *   signOff clock restarts, so resolve.start keeps the first attempt in the handling time.
 * reworkRate: of the orders resolved in the period, those reworked (返工) at least once. The count
 *   comes from `reworkCounts[orderId]` (the caller counts `verify_fail` events in the timeline); when
 *   absent it is derived from the clocks: a sign-off clock that started after the resolve clock was
 *   restarted by a rework (this sees reworks since the last reopen only).
 * satisfaction: over orders closed in the period that have one,
 *   rate = (satisfied + 0.5 × basically_satisfied) / n. An order's closing instant is
 *   `closedAt[orderId]` (from the timeline) or else its `updatedAt` when its status is `closed`
 *   (nothing else changes a closed order except reopening it).
 * cards / supervisions / notices: records in the period against the unit (grid records are mapped to
 *   villages through `gridVillage`, else through the order's own village). `unanswered`: supervisions
 *   opened in the period still unanswered at `now`.
 *
 * score = round2(100 × quality − 1 × yellow − 3 × red − 2 × supervisions − 5 × notices), where
 *   quality = weighted mean of the rates that exist (null ones are left out, weights renormalised):
 *   on-time sign-off 0.25, on-time resolution 0.35, satisfaction 0.25, (1 − reworkRate) 0.15.
 *   A unit with none of these rates has score null and no rank (listed last). Rows are sorted by score,
 *   best first (ties by unit id); equal scores share a rank (1, 2, 2, 4).
 */
import { responsibleUnit } from '../clock/order-clocks';
import { makeCalendar, shiftForPauses, workingMsBetween, type WorkCalendar } from '../clock/working-time';
import type { StageClock, WorkOrder } from '../schemas/work-order';
import { toShanghaiIso } from '../work-order-number';

export type UnitKind = 'grid' | 'village' | 'department' | 'squad';
export interface UnitRef {
  kind: string;
  id: string;
}
export interface Period {
  from: string;
  to: string;
}
export interface CardLike {
  orderId: string;
  colour: 'yellow' | 'red';
  unit: UnitRef;
  at: string;
}
export interface SupervisionLike {
  orderId: string;
  unit: UnitRef;
  openedAt: string;
  answeredAt: string | null;
}
export interface NoticeLike {
  orderId: string;
  unit: UnitRef;
  at: string;
}

export interface EvaluationInput {
  orders: readonly WorkOrder[];
  cards: readonly CardLike[];
  supervisions: readonly SupervisionLike[];
  notices: readonly NoticeLike[];
  unitKind: UnitKind;
  period: Period;
  now: string;
  gridVillage: Readonly<Record<string, string>>;
  /** Handling time in working hours when given; also shifts working-time stages for parking. */
  calendar?: WorkCalendar;
  /** Reworks per order, counted from the timeline's `verify_fail` events. */
  reworkCounts?: Readonly<Record<string, number>>;
  /** When each order was closed, from the timeline. */
  closedAt?: Readonly<Record<string, string>>;
}

export interface OnTime {
  onTime: number;
  total: number;
  rate: number | null;
}
export interface UnitScore {
  unit: { kind: UnitKind; id: string };
  received: number;
  signOffOnTime: OnTime;
  resolveOnTime: OnTime;
  /** Orders resolved in the period: the base of avgHandlingHours and reworkRate. */
  resolved: number;
  avgHandlingHours: number | null;
  reworkRate: { reworked: number; resolved: number; rate: number | null };
  satisfaction: { satisfied: number; basic: number; dissatisfied: number; rate: number | null };
  cards: { yellow: number; red: number };
  supervisions: { opened: number; unanswered: number };
  notices: number;
  score: number | null;
  rank: number | null;
}

export const SCORE_WEIGHTS = { signOff: 0.25, resolve: 0.35, satisfaction: 0.25, noRework: 0.15 } as const;
export const SCORE_PENALTIES = { yellow: 1, red: 3, supervision: 2, notice: 5 } as const;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;
/** Working-time stages must be shifted on some calendar: plain Mon–Fri when none is given. */
const PLAIN_WEEK = makeCalendar([]);

const ms = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new RangeError(`not an instant: ${iso}`);
  return t;
};

export function evaluate(input: EvaluationInput): UnitScore[] {
  const from = ms(input.period.from);
  const to = ms(input.period.to);
  if (!(from < to)) throw new RangeError('a period must end after it begins');
  const now = ms(input.now);
  const inPeriod = (iso: string | null | undefined): boolean =>
    iso !== null && iso !== undefined && ms(iso) >= from && ms(iso) < to;
  const orderVillage = new Map(input.orders.map((o) => [o.id, o.villageId]));
  const unitOf = (ref: UnitRef, orderId: string): string | null => {
    if (input.unitKind !== 'village') return ref.kind === input.unitKind ? ref.id : null;
    if (ref.kind !== 'grid') return null;
    return input.gridVillage[ref.id] ?? orderVillage.get(orderId) ?? null;
  };

  const rows = new Map<string, UnitScore>();
  const row = (id: string): UnitScore => {
    let r = rows.get(id);
    if (r === undefined) rows.set(id, (r = emptyRow(input.unitKind, id)));
    return r;
  };
  const handling = new Map<string, number[]>();

  for (const order of input.orders) {
    const id = unitOf(responsibleUnit(order), order.id);
    if (id === null) continue;
    if (inPeriod(order.createdAt)) row(id).received++;
    if (order.status === 'rejected' || order.status === 'merged') continue;
    const { signOff, resolve } = order.clocks;
    for (const [stage, tally] of [
      [signOff, 'signOffOnTime'],
      [resolve, 'resolveOnTime'],
    ] as const) {
      const outcome = stage === null ? null : settle(stage, input.calendar ?? PLAIN_WEEK, now);
      if (outcome === null || !inPeriod(outcome.at)) continue;
      const r = row(id)[tally];
      r.total++;
      if (outcome.onTime) r.onTime++;
    }
    if (resolve !== null && inPeriod(resolve.metAt)) {
      const r = row(id);
      r.resolved++;
      r.reworkRate.resolved++;
      if (reworks(order, input.reworkCounts) > 0) r.reworkRate.reworked++;
      const spent =
        input.calendar === undefined
          ? ms(resolve.metAt!) - ms(resolve.start)
          : workingMsBetween(input.calendar, resolve.start, resolve.metAt!);
      const hours = handling.get(id) ?? [];
      hours.push(spent / HOUR_MS);
      handling.set(id, hours);
    }
    const closedAt = input.closedAt?.[order.id] ?? (order.status === 'closed' ? order.updatedAt : null);
    if (order.satisfaction !== null && order.status === 'closed' && inPeriod(closedAt)) {
      const s = row(id).satisfaction;
      if (order.satisfaction === 'satisfied') s.satisfied++;
      else if (order.satisfaction === 'basically_satisfied') s.basic++;
      else s.dissatisfied++;
    }
  }
  for (const card of input.cards) {
    const id = unitOf(card.unit, card.orderId);
    if (id !== null && inPeriod(card.at)) row(id).cards[card.colour]++;
  }
  for (const sup of input.supervisions) {
    const id = unitOf(sup.unit, sup.orderId);
    if (id === null || !inPeriod(sup.openedAt)) continue;
    const r = row(id).supervisions;
    r.opened++;
    if (sup.answeredAt === null || ms(sup.answeredAt) > now) r.unanswered++;
  }
  for (const notice of input.notices) {
    const id = unitOf(notice.unit, notice.orderId);
    if (id !== null && inPeriod(notice.at)) row(id).notices++;
  }

  for (const [id, r] of rows) {
    r.signOffOnTime.rate = ratio(r.signOffOnTime.onTime, r.signOffOnTime.total);
    r.resolveOnTime.rate = ratio(r.resolveOnTime.onTime, r.resolveOnTime.total);
    r.reworkRate.rate = ratio(r.reworkRate.reworked, r.reworkRate.resolved);
    const hours = handling.get(id) ?? [];
    r.avgHandlingHours = hours.length === 0 ? null : hours.reduce((a, b) => a + b, 0) / hours.length;
    const s = r.satisfaction;
    s.rate = ratio(s.satisfied + 0.5 * s.basic, s.satisfied + s.basic + s.dissatisfied);
    r.score = scoreOf(r);
  }
  return rank([...rows.values()]);
}

/** When a stage's outcome was settled and whether on time; null while it can still go either way. */
function settle(stage: StageClock, cal: WorkCalendar, now: number): { at: string; onTime: boolean } | null {
  const shifted = shiftForPauses(cal, stage.due, stage.time, stage.pauses);
  const due = shifted === null ? Infinity : ms(shifted);
  if (stage.metAt !== null) {
    return ms(stage.metAt) <= due ? { at: stage.metAt, onTime: true } : { at: shifted!, onTime: false };
  }
  return due < now ? { at: shifted!, onTime: false } : null;
}

function reworks(order: WorkOrder, counts: EvaluationInput['reworkCounts']): number {
  const counted = counts?.[order.id];
  if (counted !== undefined) return counted;
  const { signOff, resolve } = order.clocks;
  return signOff !== null && resolve !== null && ms(signOff.start) > ms(resolve.start) ? 1 : 0;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function scoreOf(r: UnitScore): number | null {
  const parts: [number | null, number][] = [
    [r.signOffOnTime.rate, SCORE_WEIGHTS.signOff],
    [r.resolveOnTime.rate, SCORE_WEIGHTS.resolve],
    [r.satisfaction.rate, SCORE_WEIGHTS.satisfaction],
    [r.reworkRate.rate === null ? null : 1 - r.reworkRate.rate, SCORE_WEIGHTS.noRework],
  ];
  const present = parts.filter((p): p is [number, number] => p[0] !== null);
  if (present.length === 0) return null;
  const weight = present.reduce((sum, [, w]) => sum + w, 0);
  const quality = present.reduce((sum, [rate, w]) => sum + rate * w, 0) / weight;
  const p = SCORE_PENALTIES;
  const penalty =
    p.yellow * r.cards.yellow +
    p.red * r.cards.red +
    p.supervision * r.supervisions.opened +
    p.notice * r.notices;
  return Math.round((100 * quality - penalty) * 100) / 100;
}

function rank(rows: UnitScore[]): UnitScore[] {
  const sorted = rows.sort((a, b) => {
    if (a.score !== b.score) return a.score === null ? 1 : b.score === null ? -1 : b.score - a.score;
    return a.unit.id < b.unit.id ? -1 : a.unit.id > b.unit.id ? 1 : 0;
  });
  sorted.forEach((r, i) => {
    const prev = sorted[i - 1];
    r.rank = r.score === null ? null : prev !== undefined && prev.score === r.score ? prev.rank : i + 1;
  });
  return sorted;
}

function emptyRow(kind: UnitKind, id: string): UnitScore {
  return {
    unit: { kind, id },
    received: 0,
    signOffOnTime: { onTime: 0, total: 0, rate: null },
    resolveOnTime: { onTime: 0, total: 0, rate: null },
    resolved: 0,
    avgHandlingHours: null,
    reworkRate: { reworked: 0, resolved: 0, rate: null },
    satisfaction: { satisfied: 0, basic: 0, dissatisfied: 0, rate: null },
    cards: { yellow: 0, red: 0 },
    supervisions: { opened: 0, unanswered: 0 },
    notices: 0,
    score: null,
    rank: null,
  };
}

// ---- periods (Asia/Shanghai, fixed +08:00) ----

export type PeriodSpec =
  { kind: 'day' | 'week' | 'month'; anchor: string } | { kind: 'custom'; from: string; to: string };

/** The Shanghai day, week (Monday first) or calendar month holding `anchorIso`, as [from, to). */
export function periodOf(kind: 'day' | 'week' | 'month', anchorIso: string): Period {
  const day = Math.floor((ms(anchorIso) + SHANGHAI_OFFSET_MS) / DAY_MS);
  const iso = (localDay: number): string => toShanghaiIso(new Date(localDay * DAY_MS - SHANGHAI_OFFSET_MS));
  if (kind === 'day') return { from: iso(day), to: iso(day + 1) };
  if (kind === 'week') {
    // Day 0 (1970-01-01) was a Thursday: 3 days after a Monday.
    const monday = day - ((((day + 3) % 7) + 7) % 7);
    return { from: iso(monday), to: iso(monday + 7) };
  }
  const local = new Date(day * DAY_MS);
  const first = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) / DAY_MS;
  const next = Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) / DAY_MS;
  return { from: iso(first), to: iso(next) };
}

/** A named period resolved around its anchor; a custom one passes through once checked. */
export function periodFor(spec: PeriodSpec): Period {
  if (spec.kind !== 'custom') return periodOf(spec.kind, spec.anchor);
  if (!(ms(spec.from) < ms(spec.to))) throw new RangeError('a period must end after it begins');
  return { from: spec.from, to: spec.to };
}
