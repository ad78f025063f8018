/*
 * The wall's figures (DESIGN §3.3, §3.6), one pure function so that the server computes them and a
 * test can recount each one from the REST lists. "Today" starts at local midnight, Asia/Shanghai.
 *
 * - open: status not closed, rejected or merged. inProgress: open and past the 待受理 queue.
 * - overdue: open and a running stage (签收 or 处置, metAt null) has reached red (past its due).
 * - onTime (resolution, settled today): a 处置 stage met today is on time unless it had turned red;
 *   an open order whose running 处置 stage is red is late (DESIGN: open-and-overdue counts as late).
 *   rate = on time / (on time + late); null when nothing was settled.
 * - satisfaction: orders closed today with a rating, (satisfied + ½ basically satisfied) / rated.
 * - active cards: ledger cards whose order is still open.
 */
import { responsibleUnit } from '../clock/order-clocks';
import type { WallSummary } from '../schemas/wall';
import { sourceCodes, statusCodes, type WorkOrder, type WorkOrderStatus } from '../schemas/work-order';
import { toShanghaiIso } from '../work-order-number';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

const CLOSED: ReadonlySet<WorkOrderStatus> = new Set(['closed', 'rejected', 'merged']);
export const OPEN_STATUSES = statusCodes.filter((s) => !CLOSED.has(s));
export const IN_PROGRESS_STATUSES = OPEN_STATUSES.filter((s) => s !== 'new');

export interface SummaryCard {
  orderId: string;
  colour: 'yellow' | 'red';
  unit: { kind: string; id: string };
}

export interface SummaryInput {
  now: string;
  asOfSeq: number;
  /** Every open order, and every order created in the last 24 h or closed/rejected/merged today. */
  orders: readonly WorkOrder[];
  cards: readonly SummaryCard[];
  cameras: ReadonlyArray<{ status: string }>;
  staff: ReadonlyArray<{ onDuty: boolean }>;
  villageIds: readonly string[];
  gridIds: readonly string[];
  dutyLeader: string | null;
}

/** Local (Asia/Shanghai) midnight before `nowMs`, as epoch ms. */
export function shanghaiMidnight(nowMs: number): number {
  return Math.floor((nowMs + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
}

export function isOpen(order: Pick<WorkOrder, 'status'>): boolean {
  return !CLOSED.has(order.status);
}

export function isOverdue(order: WorkOrder): boolean {
  if (!isOpen(order)) return false;
  const { signOff, resolve } = order.clocks;
  return (
    (signOff !== null && signOff.metAt === null && signOff.colour === 'red') ||
    (resolve !== null && resolve.metAt === null && resolve.colour === 'red')
  );
}

/** 'on' / 'late' when the order's 处置 stage was settled today (or is open and red), else null. */
export function resolutionOutcome(order: WorkOrder, midnightMs: number): 'on' | 'late' | null {
  const stage = order.clocks.resolve;
  if (stage === null || order.status === 'rejected' || order.status === 'merged') return null;
  if (stage.metAt !== null) {
    if (Date.parse(stage.metAt) < midnightMs) return null;
    return stage.colour === 'red' ? 'late' : 'on';
  }
  return isOpen(order) && stage.colour === 'red' ? 'late' : null;
}

interface Tally {
  on: number;
  late: number;
}
const rateOf = (t: Tally | undefined): number | null =>
  t === undefined || t.on + t.late === 0 ? null : t.on / (t.on + t.late);

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function tally(map: Map<string, Tally>, key: string, outcome: 'on' | 'late'): void {
  const t = map.get(key) ?? { on: 0, late: 0 };
  t[outcome]++;
  map.set(key, t);
}

export function wallSummaryOf(input: SummaryInput): WallSummary {
  const nowMs = Date.parse(input.now);
  const midnight = shanghaiMidnight(nowMs);
  const trendStart = Math.floor(nowMs / HOUR_MS) * HOUR_MS - 23 * HOUR_MS;
  const today = (iso: string): boolean => Date.parse(iso) >= midnight;

  const openIds = new Set<string>();
  const byCategory = new Map<string | null, number>();
  const bySource = new Map(sourceCodes.map((s) => [s, new Array<number>(24).fill(0)]));
  const byVillage = new Map<string, number>(input.villageIds.map((v) => [v, 0]));
  const byStatus = new Map<WorkOrderStatus, number>();
  const gridOpen = new Map<string, number>();
  const gridOverdue = new Map<string, number>();
  const gridRed = new Map<string, number>();
  const gridTally = new Map<string, Tally>();
  const deptTally = new Map<string, Tally>();
  const town: Tally = { on: 0, late: 0 };
  let receivedToday = 0;
  let inProgress = 0;
  let overdue = 0;
  let closedToday = 0;
  let rated = 0;
  let ratingPoints = 0;

  for (const o of input.orders) {
    const created = Date.parse(o.createdAt);
    if (created >= midnight) {
      receivedToday++;
      bump(byCategory, o.category);
    }
    if (created >= trendStart) {
      const bucket = Math.floor((created - trendStart) / HOUR_MS);
      const counts = bySource.get(o.source);
      if (counts && bucket < 24) counts[bucket]!++;
    }
    if (isOpen(o)) {
      openIds.add(o.id);
      bump(byStatus, o.status);
      if (o.status !== 'new') inProgress++;
      if (o.villageId !== null && byVillage.has(o.villageId)) bump(byVillage, o.villageId);
      if (o.gridId !== null) bump(gridOpen, o.gridId);
      if (isOverdue(o)) {
        overdue++;
        if (o.gridId !== null) bump(gridOverdue, o.gridId);
      }
    } else if (today(o.updatedAt)) {
      bump(byStatus, o.status);
      if (o.status === 'closed') {
        closedToday++;
        if (o.satisfaction !== null) {
          rated++;
          ratingPoints +=
            o.satisfaction === 'satisfied' ? 1 : o.satisfaction === 'basically_satisfied' ? 0.5 : 0;
        }
      }
    }
    const outcome = resolutionOutcome(o, midnight);
    if (outcome !== null) {
      town[outcome]++;
      if (o.gridId !== null) tally(gridTally, o.gridId, outcome);
      const unit = responsibleUnit(o);
      if (unit.kind === 'department' || unit.kind === 'squad') tally(deptTally, unit.id, outcome);
    }
  }

  const ordersById = new Map(input.orders.map((o) => [o.id, o]));
  const unitCards = new Map<string, { unit: { kind: string; id: string }; red: number; yellow: number }>();
  let redCards = 0;
  let yellowCards = 0;
  for (const card of input.cards) {
    if (!openIds.has(card.orderId)) continue;
    if (card.colour === 'red') redCards++;
    else yellowCards++;
    const key = `${card.unit.kind}:${card.unit.id}`;
    const row = unitCards.get(key) ?? { unit: card.unit, red: 0, yellow: 0 };
    row[card.colour]++;
    unitCards.set(key, row);
    const gridId = ordersById.get(card.orderId)?.gridId;
    if (card.colour === 'red' && gridId) bump(gridRed, gridId);
  }

  return {
    at: toShanghaiIso(new Date(nowMs)),
    asOfSeq: input.asOfSeq,
    dutyLeader: input.dutyLeader,
    kpis: {
      receivedToday,
      inProgress,
      overdue,
      closedToday,
      onTimeRate: rateOf(town),
      satisfactionRate: rated === 0 ? null : ratingPoints / rated,
      camerasOnline: input.cameras.filter((c) => c.status === 'online' || c.status === 'alerting').length,
      camerasTotal: input.cameras.length,
      staffOnDuty: input.staff.filter((s) => s.onDuty).length,
      staffTotal: input.staff.length,
      redCards,
      yellowCards,
    },
    byCategoryToday: [...byCategory]
      .map(([category, count]) => ({
        category: category as WallSummary['byCategoryToday'][number]['category'],
        count,
      }))
      .sort((a, b) => b.count - a.count || String(a.category).localeCompare(String(b.category))),
    trend24h: {
      hours: Array.from({ length: 24 }, (_, i) => toShanghaiIso(new Date(trendStart + i * HOUR_MS))),
      series: sourceCodes.map((source) => ({ source, counts: bySource.get(source)! })),
    },
    loadByVillage: [...byVillage].map(([villageId, open]) => ({ villageId, open })),
    onTimeByDepartment: [...deptTally]
      .map(([departmentId, t]) => ({ departmentId, onTime: t.on, total: t.on + t.late, rate: rateOf(t) }))
      .sort((a, b) => a.departmentId.localeCompare(b.departmentId)),
    pipeline: statusCodes.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    grids: input.gridIds.map((gridId) => ({
      gridId,
      open: gridOpen.get(gridId) ?? 0,
      overdue: gridOverdue.get(gridId) ?? 0,
      redCards: gridRed.get(gridId) ?? 0,
      onTimeRate: rateOf(gridTally.get(gridId)),
    })),
    cardsByUnit: [...unitCards.values()].sort(
      (a, b) =>
        b.red - a.red ||
        b.yellow - a.yellow ||
        `${a.unit.kind}:${a.unit.id}`.localeCompare(`${b.unit.kind}:${b.unit.id}`),
    ),
  };
}
