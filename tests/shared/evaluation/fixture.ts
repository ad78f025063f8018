import { workOrder, type StageClock, type WorkOrder } from '../../../src/shared/schemas/work-order';
import type { CardLike, NoticeLike, SupervisionLike } from '../../../src/shared/evaluation/evaluate';

/** An instant on a March 2026 day in Asia/Shanghai: t(9, '10:00') is Mon 03-09 10:00. */
export const t = (day: number, hm: string): string =>
  `2026-03-${String(day).padStart(2, '0')}T${hm}:00+08:00`;

/** The week Mon 03-09 – Sun 03-15, looked at on Fri 03-13 16:00. */
export const PERIOD = { from: t(9, '00:00'), to: t(16, '00:00') };
export const NOW = t(13, '16:00');
export const GRID_VILLAGE = { g1: 'v1', g2: 'v1', g3: 'v2' };

export function stage(
  start: string,
  due: string,
  metAt: string | null,
  pauses: StageClock['pauses'] = [],
): StageClock {
  return { start, due, time: 'natural', pauses, colour: 'green', metAt, escalations: 0 };
}

export function order(id: string, fields: Partial<WorkOrder>): WorkOrder {
  return workOrder.parse({
    id,
    number: 'YT-20260309-0001',
    source: 'grid_report',
    title: id,
    description: '',
    category: 'sanitation',
    priority: 'P2',
    location: { lat: 31.3, lng: 120.6 },
    address: null,
    gridId: 'g1',
    villageId: 'v1',
    outOfGrid: false,
    reporter: null,
    status: 'in_progress',
    assignee: { kind: 'staff', id: 'st-1' },
    handlerUserId: null,
    mergedInto: null,
    deadlines: { signOff: null, resolve: null },
    escalationLevel: 'grid',
    escalationRequest: null,
    clocks: { signOff: null, resolve: null, nextCheckAt: null },
    urgeCount: 0,
    supervised: false,
    parked: false,
    extension: { state: 'none', until: null, reason: null },
    parking: { state: 'none', reason: null },
    satisfaction: null,
    createdBy: 'u-op',
    createdAt: t(9, '09:00'),
    updatedAt: t(9, '09:00'),
    version: 1,
    ...fields,
  });
}

const inGrid = (gridId: string, villageId: string): Partial<WorkOrder> => ({
  gridId,
  villageId,
  assignee: { kind: 'staff', id: `st-${gridId}` },
});
const clocks = (signOff: StageClock | null, resolve: StageClock | null): WorkOrder['clocks'] => ({
  signOff,
  resolve,
  nextCheckAt: null,
});

/* All stages in natural time. "handling" = resolve.metAt − resolve.start. */
export const ORDERS: WorkOrder[] = [
  // g1: sign-off 10:00 ≤ 11:00 on time; resolved 15:00 ≤ 03-10 09:00 on time; handling 6 h; satisfied.
  order('o1', {
    ...inGrid('g1', 'v1'),
    createdAt: t(9, '09:00'),
    clocks: clocks(
      stage(t(9, '09:00'), t(9, '11:00'), t(9, '10:00')),
      stage(t(9, '09:00'), t(10, '09:00'), t(9, '15:00')),
    ),
    status: 'closed',
    satisfaction: 'satisfied',
    updatedAt: t(9, '17:00'),
  }),
  // g1: sign-off 11:00 > 10:00 late; resolved 03-11 10:00 > 03-11 08:00 late; handling 26 h; basic.
  order('o2', {
    ...inGrid('g1', 'v1'),
    createdAt: t(10, '08:00'),
    clocks: clocks(
      stage(t(10, '08:00'), t(10, '10:00'), t(10, '11:00')),
      stage(t(10, '08:00'), t(11, '08:00'), t(11, '10:00')),
    ),
    status: 'closed',
    satisfaction: 'basically_satisfied',
    updatedAt: t(11, '12:00'),
  }),
  // g1, received before the week: sign-off settled 03-05 (not counted); resolve open since its
  // 03-09 12:00 due → late in this week.
  order('o8', {
    ...inGrid('g1', 'v1'),
    createdAt: t(5, '09:00'),
    clocks: clocks(
      stage(t(5, '09:00'), t(5, '10:00'), t(5, '09:30')),
      stage(t(5, '09:00'), t(9, '12:00'), null),
    ),
  }),
  // g2, a rework: resolved 03-10 10:00, failed verification 03-10 14:00, so sign-off restarted then
  // (met 15:00 ≤ 16:00, on time); resolved again 03-11 16:00 ≤ 03-12 10:00, on time; handling
  // 03-09 10:00 → 03-11 16:00 = 54 h.
  order('o3', {
    ...inGrid('g2', 'v1'),
    createdAt: t(9, '10:00'),
    clocks: clocks(
      stage(t(10, '14:00'), t(10, '16:00'), t(10, '15:00')),
      stage(t(9, '10:00'), t(12, '10:00'), t(11, '16:00')),
    ),
    status: 'resolved',
  }),
  // g2: open and past due (03-13 09:00 < now 16:00) → resolve late.
  order('o4', {
    ...inGrid('g2', 'v1'),
    createdAt: t(12, '09:00'),
    clocks: clocks(
      stage(t(12, '09:00'), t(12, '09:30'), t(12, '09:20')),
      stage(t(12, '09:00'), t(13, '09:00'), null),
    ),
  }),
  // g2: parked since 03-12 12:00 and still parked: the 03-13 08:00 due is unknown → resolve not counted.
  order('o10', {
    ...inGrid('g2', 'v1'),
    createdAt: t(12, '08:00'),
    parked: true,
    clocks: clocks(
      stage(t(12, '08:00'), t(12, '09:00'), t(12, '08:10')),
      stage(t(12, '08:00'), t(13, '08:00'), null, [{ from: t(12, '12:00'), to: null }]),
    ),
  }),
  // g3: open, due 03-14 09:00 — in the week but after now → resolve not counted.
  order('o5', {
    ...inGrid('g3', 'v2'),
    createdAt: t(13, '09:00'),
    clocks: clocks(
      stage(t(13, '09:00'), t(13, '10:00'), t(13, '09:10')),
      stage(t(13, '09:00'), t(14, '09:00'), null),
    ),
  }),
  // g3: parked 03-11 10:00–22:00 (12 h) moves the 03-12 08:00 due to 20:00, so resolving at 18:00 is on
  // time (it would be late without the pause); handling 34 h; dissatisfied.
  order('o6', {
    ...inGrid('g3', 'v2'),
    createdAt: t(11, '08:00'),
    clocks: clocks(
      stage(t(11, '08:00'), t(11, '09:00'), t(11, '08:30')),
      stage(t(11, '08:00'), t(12, '08:00'), t(12, '18:00'), [{ from: t(11, '10:00'), to: t(11, '22:00') }]),
    ),
    status: 'closed',
    satisfaction: 'dissatisfied',
    updatedAt: t(12, '19:00'),
  }),
  // Department `water`: sign-off on time; resolved 03-11 12:00 > 09:00 late; handling 27 h; satisfied.
  order('o7', {
    gridId: 'g1',
    villageId: 'v1',
    assignee: { kind: 'department', id: 'water' },
    createdAt: t(10, '09:00'),
    clocks: clocks(
      stage(t(10, '09:00'), t(10, '10:00'), t(10, '09:30')),
      stage(t(10, '09:00'), t(11, '09:00'), t(11, '12:00')),
    ),
    status: 'closed',
    satisfaction: 'satisfied',
    updatedAt: t(11, '14:00'),
  }),
  // Returned to the centre (no assignee), overdue: it belongs to no unit.
  order('o9', {
    assignee: null,
    status: 'registered',
    createdAt: t(10, '09:00'),
    clocks: clocks(stage(t(10, '09:00'), t(10, '10:00'), null), stage(t(10, '09:00'), t(11, '09:00'), null)),
  }),
];

const grid = (id: string): { kind: string; id: string } => ({ kind: 'grid', id });

export const CARDS: CardLike[] = [
  { orderId: 'o8', colour: 'yellow', unit: grid('g1'), at: t(8, '20:00') }, // before the week
  { orderId: 'o8', colour: 'red', unit: grid('g1'), at: t(9, '12:01') },
  { orderId: 'o2', colour: 'yellow', unit: grid('g1'), at: t(10, '09:40') },
  { orderId: 'o2', colour: 'red', unit: grid('g1'), at: t(10, '10:01') },
  { orderId: 'o2', colour: 'yellow', unit: grid('g1'), at: t(10, '23:00') },
  { orderId: 'o2', colour: 'red', unit: grid('g1'), at: t(11, '08:01') },
  { orderId: 'o4', colour: 'yellow', unit: grid('g2'), at: t(13, '04:12') },
  { orderId: 'o4', colour: 'red', unit: grid('g2'), at: t(13, '09:01') },
  { orderId: 'o6', colour: 'yellow', unit: grid('g3'), at: t(12, '15:12') },
  { orderId: 'o7', colour: 'yellow', unit: { kind: 'department', id: 'water' }, at: t(11, '04:12') },
  { orderId: 'o7', colour: 'red', unit: { kind: 'department', id: 'water' }, at: t(11, '09:01') },
  { orderId: 'o9', colour: 'red', unit: { kind: 'centre', id: 'centre' }, at: t(10, '10:01') },
];

export const SUPERVISIONS: SupervisionLike[] = [
  { orderId: 'o8', unit: grid('g1'), openedAt: t(9, '13:00'), answeredAt: t(9, '15:00') },
  { orderId: 'o2', unit: grid('g1'), openedAt: t(11, '09:00'), answeredAt: null },
  { orderId: 'o4', unit: grid('g2'), openedAt: t(13, '10:00'), answeredAt: null },
  {
    orderId: 'o7',
    unit: { kind: 'department', id: 'water' },
    openedAt: t(11, '10:00'),
    answeredAt: t(11, '11:00'),
  },
];

export const NOTICES: NoticeLike[] = [{ orderId: 'o8', unit: grid('g1'), at: t(12, '12:00') }];
