import { describe, expect, it } from 'vitest';
import {
  workOrder,
  workOrderCommand,
  type CommandType,
  type WorkOrder,
  type WorkOrderCommand,
  type WorkOrderStatus,
} from '../../../src/shared/schemas/work-order';
import { decide, type DecideContext, type MachineActor } from '../../../src/shared/work-order/machine';

const NOW = '2026-05-06T10:00:00+08:00';
const OPERATOR: MachineActor = { userId: 'u-operator', role: 'operator' };
const LEADER: MachineActor = { userId: 'u-leader', role: 'leader' };
const ASSIGNEE: MachineActor = {
  userId: 'u-gw',
  role: 'grid_worker',
  staffId: 'st-1',
  gridIds: ['YT-JC-01'],
};
const OTHER_STAFF: MachineActor = {
  userId: 'u-gw2',
  role: 'grid_worker',
  staffId: 'st-2',
  gridIds: ['YT-JC-01'],
};
const OTHER_GRID: MachineActor = {
  userId: 'u-gw3',
  role: 'grid_worker',
  staffId: 'st-3',
  gridIds: ['YT-JC-02'],
};
const DEPT: MachineActor = { userId: 'u-dh', role: 'dept_handler', departmentId: 'dep-zf1' };
const OTHER_DEPT: MachineActor = { userId: 'u-dh2', role: 'dept_handler', departmentId: 'dep-zf2' };

/** A schema-valid order: staff st-1 assigned, resolved by u-gw, in grid YT-JC-01, at version 5. */
function orderIn(status: WorkOrderStatus, overrides: Partial<WorkOrder> = {}): WorkOrder {
  return workOrder.parse({
    id: 'wo-1',
    number: 'YT-20260506-0001',
    source: 'grid_report',
    title: '路灯不亮',
    description: '',
    category: 'infrastructure',
    priority: 'P3',
    location: { lat: 29.1, lng: 112.9 },
    address: null,
    gridId: 'YT-JC-01',
    villageId: 'v-1',
    outOfGrid: false,
    reporter: { name: '张三', phone: '13800000000' },
    status,
    assignee: { kind: 'staff', id: 'st-1' },
    handlerUserId: 'u-gw',
    mergedInto: null,
    deadlines: { signOff: null, resolve: '2026-05-08T18:00:00+08:00' },
    escalationLevel: 'grid',
    escalationRequest: null,
    clocks: { signOff: null, resolve: null, nextCheckAt: null },
    urgeCount: 2,
    supervised: false,
    parked: false,
    extension: { state: 'none', until: null, reason: null },
    parking: { state: 'none', reason: null },
    satisfaction: null,
    createdBy: 'u-gw',
    createdAt: '2026-05-06T08:00:00+08:00',
    updatedAt: '2026-05-06T08:00:00+08:00',
    version: 5,
    ...overrides,
  });
}

/** Valid fields for each command; a case overrides only what it is about. */
const FIELDS: Record<CommandType, Record<string, unknown>> = {
  register: { category: 'sanitation', priority: 'P1' },
  reject: { reason: '重复上报' },
  merge: { intoId: 'wo-2' },
  dispatch: { assignee: { kind: 'squad', id: 'dep-zf1' } },
  accept: {},
  return: { reason: '非本单位职责' },
  start: {},
  request_extension: { until: '2026-05-10T18:00:00+08:00', reason: '需协调' },
  approve_extension: {},
  refuse_extension: { reason: '不予延期' },
  request_parking: { reason: '待资金' },
  approve_parking: {},
  refuse_parking: { reason: '不予挂账' },
  resume: {},
  resolve: { report: '已修复' },
  verify_pass: {},
  verify_fail: { reason: '未修复' },
  close: { satisfaction: 'basically_satisfied' },
  reopen: { reason: '再次反映' },
  urge: { comment: '请加快' },
  supervise: { comment: '督办' },
  escalate: { reason: '需镇级协调' },
};

function command(
  type: CommandType,
  fields: Record<string, unknown> = {},
  expectedVersion = 5,
): WorkOrderCommand {
  return workOrderCommand.parse({ type, expectedVersion, ...FIELDS[type], ...fields });
}

const TARGET = orderIn('dispatched', { id: 'wo-2' });
const ctx = (actor: MachineActor, target: WorkOrder | null = TARGET): DecideContext => ({
  actor,
  now: NOW,
  target,
});

interface Case {
  name: string;
  order: WorkOrder;
  type: CommandType;
  actor: MachineActor;
  fields?: Record<string, unknown>;
  target?: WorkOrder | null;
  /** A rule ID for a refusal, or the status after success. */
  expected: string;
}

const requested = {
  extension: { state: 'requested', until: '2026-05-10T18:00:00+08:00', reason: 'r' },
} as const;
const parkingAsked = { parking: { state: 'requested', reason: 'r' } } as const;
const parkedOrder = { parked: true, parking: { state: 'approved', reason: 'r' } } as const;
const deptAssigned = { assignee: { kind: 'department', id: 'dep-zf1' } } as const;

// One row per case reads as a table; prettier would spread each over ten lines.
// prettier-ignore
const CASES: Case[] = [
  { name: '[WO1] register is for the centre only', order: orderIn('new'), type: 'register', actor: ASSIGNEE, expected: 'WO1' },
  { name: '[WO1] a leader may register', order: orderIn('new'), type: 'register', actor: LEADER, expected: 'registered' },
  { name: '[WO2] reject is for the centre only', order: orderIn('new'), type: 'reject', actor: DEPT, expected: 'WO2' },
  { name: '[WO3] merge is for the centre only', order: orderIn('new'), type: 'merge', actor: ASSIGNEE, expected: 'WO3' },
  { name: '[WO4] merge into itself is refused', order: orderIn('new'), type: 'merge', actor: OPERATOR, fields: { intoId: 'wo-1' }, target: orderIn('new'), expected: 'WO4' },
  { name: '[WO4] merge needs the target in ctx', order: orderIn('new'), type: 'merge', actor: OPERATOR, target: null, expected: 'WO4' },
  { name: '[WO4] merge target must be the order named', order: orderIn('new'), type: 'merge', actor: OPERATOR, fields: { intoId: 'wo-3' }, expected: 'WO4' },
  { name: '[WO4] merge into a rejected order is refused', order: orderIn('new'), type: 'merge', actor: OPERATOR, target: orderIn('rejected', { id: 'wo-2' }), expected: 'WO4' },
  { name: '[WO4] merge into a merged order is refused', order: orderIn('new'), type: 'merge', actor: OPERATOR, target: orderIn('merged', { id: 'wo-2' }), expected: 'WO4' },
  { name: '[WO4] merge into a closed order is refused', order: orderIn('new'), type: 'merge', actor: OPERATOR, target: orderIn('closed', { id: 'wo-2' }), expected: 'WO4' },
  { name: '[WO4] merge into a new order is fine', order: orderIn('new'), type: 'merge', actor: OPERATOR, target: orderIn('new', { id: 'wo-2' }), expected: 'merged' },
  { name: '[WO5] dispatch is for the centre only', order: orderIn('registered'), type: 'dispatch', actor: ASSIGNEE, expected: 'WO5' },
  { name: '[WO6] dispatch requires a category', order: orderIn('registered', { category: null }), type: 'dispatch', actor: OPERATOR, expected: 'WO6' },
  { name: '[WO6] dispatch requires a priority', order: orderIn('registered', { priority: null }), type: 'dispatch', actor: OPERATOR, expected: 'WO6' },
  { name: '[WO7] accept is only for the assignee: other staff', order: orderIn('dispatched'), type: 'accept', actor: OTHER_STAFF, expected: 'WO7' },
  { name: '[WO7] accept is only for the assignee: not the centre', order: orderIn('dispatched'), type: 'accept', actor: OPERATOR, expected: 'WO7' },
  { name: '[WO7] a department assignee accepts through its dept handler', order: orderIn('dispatched', deptAssigned), type: 'accept', actor: DEPT, expected: 'accepted' },
  { name: '[WO7] a squad assignee accepts through its dept handler', order: orderIn('dispatched', { assignee: { kind: 'squad', id: 'dep-zf1' } }), type: 'accept', actor: DEPT, expected: 'accepted' },
  { name: '[WO7] another department cannot accept', order: orderIn('dispatched', deptAssigned), type: 'accept', actor: OTHER_DEPT, expected: 'WO7' },
  { name: '[WO7] a department assignee needs the dept_handler role', order: orderIn('dispatched', deptAssigned), type: 'accept', actor: { ...ASSIGNEE, departmentId: 'dep-zf1' }, expected: 'WO7' },
  { name: '[WO7] a staff assignee is not matched by department', order: orderIn('dispatched', { assignee: { kind: 'staff', id: 'dep-zf1' } }), type: 'accept', actor: DEPT, expected: 'WO7' },
  { name: '[WO8] return is only for the assignee', order: orderIn('dispatched'), type: 'return', actor: OTHER_STAFF, expected: 'WO8' },
  { name: '[WO9] start is only for the assignee', order: orderIn('accepted'), type: 'start', actor: OPERATOR, expected: 'WO9' },
  { name: '[WO10] request_extension is only for the assignee', order: orderIn('in_progress'), type: 'request_extension', actor: OPERATOR, expected: 'WO10' },
  { name: '[WO10] not while an extension is already requested', order: orderIn('in_progress', requested), type: 'request_extension', actor: ASSIGNEE, expected: 'WO10' },
  { name: '[WO10] again after a refusal', order: orderIn('accepted', { extension: { state: 'refused', until: null, reason: 'r' } }), type: 'request_extension', actor: ASSIGNEE, expected: 'accepted' },
  { name: '[WO11] until must be later than now', order: orderIn('in_progress', { deadlines: { signOff: null, resolve: null } }), type: 'request_extension', actor: ASSIGNEE, fields: { until: '2026-05-06T01:59:59Z' }, expected: 'WO11' },
  { name: '[WO11] until equal to now is refused', order: orderIn('in_progress', { deadlines: { signOff: null, resolve: null } }), type: 'request_extension', actor: ASSIGNEE, fields: { until: '2026-05-06T02:00:00Z' }, expected: 'WO11' },
  { name: '[WO11] until must be later than the resolve deadline', order: orderIn('in_progress'), type: 'request_extension', actor: ASSIGNEE, fields: { until: '2026-05-08T09:00:00Z' }, expected: 'WO11' },
  { name: '[WO11] until past the deadline, in another offset, is fine', order: orderIn('in_progress'), type: 'request_extension', actor: ASSIGNEE, fields: { until: '2026-05-08T10:01:00Z' }, expected: 'in_progress' },
  { name: '[WO12] approve_extension is for the centre only', order: orderIn('in_progress', requested), type: 'approve_extension', actor: ASSIGNEE, expected: 'WO12' },
  { name: '[WO12] approve_extension needs a pending request', order: orderIn('in_progress'), type: 'approve_extension', actor: OPERATOR, expected: 'WO12' },
  { name: '[WO12] an approved extension cannot be approved again', order: orderIn('in_progress', { extension: { ...requested.extension, state: 'approved' } }), type: 'approve_extension', actor: OPERATOR, expected: 'WO12' },
  { name: '[WO13] refuse_extension is for the centre only', order: orderIn('accepted', requested), type: 'refuse_extension', actor: DEPT, expected: 'WO13' },
  { name: '[WO13] refuse_extension needs a pending request', order: orderIn('accepted'), type: 'refuse_extension', actor: OPERATOR, expected: 'WO13' },
  { name: '[WO14] request_parking is only for the assignee', order: orderIn('in_progress'), type: 'request_parking', actor: OPERATOR, expected: 'WO14' },
  { name: '[WO14] request_parking on a parked order is refused', order: orderIn('in_progress', parkedOrder), type: 'request_parking', actor: ASSIGNEE, expected: 'WO14' },
  { name: '[WO14] not while parking is already requested', order: orderIn('in_progress', parkingAsked), type: 'request_parking', actor: ASSIGNEE, expected: 'WO14' },
  { name: '[WO15] approve_parking is for the centre only', order: orderIn('in_progress', parkingAsked), type: 'approve_parking', actor: ASSIGNEE, expected: 'WO15' },
  { name: '[WO15] approve_parking needs a pending request', order: orderIn('in_progress'), type: 'approve_parking', actor: OPERATOR, expected: 'WO15' },
  { name: '[WO16] refuse_parking is for the centre only', order: orderIn('in_progress', parkingAsked), type: 'refuse_parking', actor: ASSIGNEE, expected: 'WO16' },
  { name: '[WO16] refuse_parking needs a pending request', order: orderIn('in_progress', parkedOrder), type: 'refuse_parking', actor: OPERATOR, expected: 'WO16' },
  { name: '[WO17] resume needs a parked order', order: orderIn('in_progress'), type: 'resume', actor: ASSIGNEE, expected: 'WO17' },
  { name: '[WO17] resume is for the assignee or the centre', order: orderIn('in_progress', parkedOrder), type: 'resume', actor: OTHER_STAFF, expected: 'WO17' },
  { name: '[WO17] the centre may resume', order: orderIn('in_progress', parkedOrder), type: 'resume', actor: LEADER, expected: 'in_progress' },
  { name: '[WO18] resolve is only for the assignee', order: orderIn('in_progress'), type: 'resolve', actor: OTHER_STAFF, expected: 'WO18' },
  { name: '[WO18] a parked order cannot be resolved', order: orderIn('in_progress', parkedOrder), type: 'resolve', actor: ASSIGNEE, expected: 'WO18' },
  { name: '[WO19] verify_pass by a grid worker of another grid is refused', order: orderIn('resolved'), type: 'verify_pass', actor: OTHER_GRID, expected: 'WO19' },
  { name: '[WO19] verify_pass by a dept handler is refused', order: orderIn('resolved'), type: 'verify_pass', actor: DEPT, expected: 'WO19' },
  { name: '[WO19] an out-of-grid order is verified by the centre only', order: orderIn('resolved', { gridId: null, outOfGrid: true }), type: 'verify_pass', actor: OTHER_STAFF, expected: 'WO19' },
  { name: '[WO19] the centre may verify', order: orderIn('resolved'), type: 'verify_pass', actor: OPERATOR, expected: 'verified' },
  { name: '[WO20] verify_fail by a grid worker of another grid is refused', order: orderIn('resolved'), type: 'verify_fail', actor: OTHER_GRID, expected: 'WO20' },
  { name: '[WO21] the verifier differs from the handler (pass)', order: orderIn('resolved'), type: 'verify_pass', actor: ASSIGNEE, expected: 'WO21' },
  { name: '[WO21] the verifier differs from the handler (fail)', order: orderIn('resolved'), type: 'verify_fail', actor: ASSIGNEE, expected: 'WO21' },
  { name: '[WO21] a centre user who resolved cannot verify', order: orderIn('resolved', { handlerUserId: 'u-operator' }), type: 'verify_pass', actor: OPERATOR, expected: 'WO21' },
  { name: '[WO22] close is for the centre only', order: orderIn('verified'), type: 'close', actor: OTHER_STAFF, expected: 'WO22' },
  { name: '[WO23] reopen is for the centre only', order: orderIn('closed'), type: 'reopen', actor: ASSIGNEE, expected: 'WO23' },
  { name: '[WO24] urge is for the centre only', order: orderIn('dispatched'), type: 'urge', actor: OTHER_STAFF, expected: 'WO24' },
  { name: '[WO25] supervise is for the centre only', order: orderIn('accepted'), type: 'supervise', actor: DEPT, expected: 'WO25' },
  { name: '[WO26] escalate is for the centre only', order: orderIn('registered'), type: 'escalate', actor: ASSIGNEE, expected: 'WO26' },
  { name: '[WO26] who is checked before the ladder', order: orderIn('resolved', { escalationLevel: 'county' }), type: 'escalate', actor: ASSIGNEE, expected: 'WO26' },
  { name: '[WO27] escalate at county is refused', order: orderIn('in_progress', { escalationLevel: 'county' }), type: 'escalate', actor: OPERATOR, expected: 'WO27' },
  { name: '[WO28] an operator cannot escalate from town to county', order: orderIn('accepted', { escalationLevel: 'town' }), type: 'escalate', actor: OPERATOR, expected: 'WO28' },
  { name: '[WO28] the leader escalates from town to county', order: orderIn('accepted', { escalationLevel: 'town' }), type: 'escalate', actor: LEADER, expected: 'accepted' },
  { name: '[WO29] toLevel must be above the current level', order: orderIn('dispatched', { escalationLevel: 'village' }), type: 'escalate', actor: OPERATOR, fields: { toLevel: 'village' }, expected: 'WO29' },
  { name: '[WO29] the ladder may not skip the town', order: orderIn('dispatched'), type: 'escalate', actor: LEADER, fields: { toLevel: 'county' }, expected: 'WO29' },
  { name: '[WO29] a ladder may skip the village', order: orderIn('dispatched'), type: 'escalate', actor: OPERATOR, fields: { toLevel: 'town' }, expected: 'dispatched' },
  { name: '[WO-TRANSITION] the status is checked before who', order: orderIn('closed'), type: 'accept', actor: OPERATOR, expected: 'WO-TRANSITION' },
];

describe('guards', () => {
  it.each(CASES)('$name', ({ order, type, actor, fields, target, expected }) => {
    const result = decide(order, command(type, fields), ctx(actor, target === undefined ? TARGET : target));
    if (result.ok) expect(result.order.status).toBe(expected);
    else expect(result.error.rule).toBe(expected);
  });
});

describe('[WO-VERSION] stale versions', () => {
  it.each([4, 6])('expectedVersion %i against version 5 is refused', (expectedVersion) => {
    const result = decide(orderIn('new'), command('register', {}, expectedVersion), ctx(OPERATOR));
    expect(result).toMatchObject({ ok: false, error: { rule: 'WO-VERSION' } });
  });

  it('the version is checked before anything else', () => {
    const result = decide(
      orderIn('closed'),
      command('accept', {}, 1),
      ctx({ userId: 'w', role: 'wall_kiosk' }),
    );
    expect(result).toMatchObject({ ok: false, error: { rule: 'WO-VERSION' } });
  });
});

interface EffectCase {
  name: string;
  order: WorkOrder;
  type: CommandType;
  actor: MachineActor;
  fields?: Record<string, unknown>;
  changes: Partial<WorkOrder>;
  reason: string | null;
  data: Record<string, unknown>;
}

// prettier-ignore
const EFFECTS: EffectCase[] = [
  { name: '[WO1] register sets category and priority', order: orderIn('new', { category: null, priority: null }), type: 'register', actor: OPERATOR, changes: { status: 'registered', category: 'sanitation', priority: 'P1' }, reason: null, data: { from: 'new', to: 'registered', category: 'sanitation', priority: 'P1' } },
  { name: '[WO2] reject keeps its reason', order: orderIn('new'), type: 'reject', actor: OPERATOR, changes: { status: 'rejected' }, reason: '重复上报', data: { from: 'new', to: 'rejected' } },
  { name: '[WO3] merge sets mergedInto', order: orderIn('new'), type: 'merge', actor: OPERATOR, changes: { status: 'merged', mergedInto: 'wo-2' }, reason: null, data: { intoId: 'wo-2' } },
  { name: '[WO5] dispatch sets the assignee', order: orderIn('registered', { assignee: null }), type: 'dispatch', actor: OPERATOR, changes: { status: 'dispatched', assignee: { kind: 'squad', id: 'dep-zf1' } }, reason: null, data: { assignee: { kind: 'squad', id: 'dep-zf1' } } },
  { name: '[WO7] accept signs off', order: orderIn('dispatched'), type: 'accept', actor: ASSIGNEE, changes: { status: 'accepted' }, reason: null, data: { assignee: { kind: 'staff', id: 'st-1' } } },
  { name: '[WO8] return clears the assignee', order: orderIn('dispatched'), type: 'return', actor: ASSIGNEE, changes: { status: 'registered', assignee: null }, reason: '非本单位职责', data: { from: 'dispatched', to: 'registered', assignee: { kind: 'staff', id: 'st-1' } } },
  { name: '[WO10] request_extension records the request', order: orderIn('accepted'), type: 'request_extension', actor: ASSIGNEE, changes: { status: 'accepted', extension: { state: 'requested', until: '2026-05-10T18:00:00+08:00', reason: '需协调' } }, reason: '需协调', data: { until: '2026-05-10T18:00:00+08:00' } },
  { name: '[WO12] approve_extension moves the resolve deadline', order: orderIn('in_progress', requested), type: 'approve_extension', actor: OPERATOR, changes: { extension: { ...requested.extension, state: 'approved' }, deadlines: { signOff: null, resolve: '2026-05-10T18:00:00+08:00' } }, reason: null, data: { until: '2026-05-10T18:00:00+08:00', previousDeadline: '2026-05-08T18:00:00+08:00' } },
  { name: '[WO13] refuse_extension keeps the deadline', order: orderIn('in_progress', requested), type: 'refuse_extension', actor: OPERATOR, changes: { extension: { ...requested.extension, state: 'refused' }, deadlines: { signOff: null, resolve: '2026-05-08T18:00:00+08:00' } }, reason: '不予延期', data: {} },
  { name: '[WO14] request_parking records the request', order: orderIn('in_progress'), type: 'request_parking', actor: ASSIGNEE, changes: { parked: false, parking: { state: 'requested', reason: '待资金' } }, reason: '待资金', data: {} },
  { name: '[WO15] approve_parking parks the order', order: orderIn('in_progress', parkingAsked), type: 'approve_parking', actor: OPERATOR, changes: { parked: true, parking: { state: 'approved', reason: 'r' } }, reason: null, data: {} },
  { name: '[WO16] refuse_parking leaves it unparked', order: orderIn('in_progress', parkingAsked), type: 'refuse_parking', actor: OPERATOR, changes: { parked: false, parking: { state: 'refused', reason: 'r' } }, reason: '不予挂账', data: {} },
  { name: '[WO17] resume unparks and resets parking', order: orderIn('in_progress', parkedOrder), type: 'resume', actor: ASSIGNEE, changes: { parked: false, parking: { state: 'none', reason: null } }, reason: null, data: {} },
  { name: '[WO18] resolve records the handler', order: orderIn('in_progress', { handlerUserId: null, assignee: { kind: 'department', id: 'dep-zf1' } }), type: 'resolve', actor: DEPT, fields: { photos: ['a.jpg'] }, changes: { status: 'resolved', handlerUserId: 'u-dh' }, reason: null, data: { report: '已修复', photos: ['a.jpg'], handlerUserId: 'u-dh' } },
  { name: '[WO19] verify_pass keeps its note', order: orderIn('resolved'), type: 'verify_pass', actor: OTHER_STAFF, fields: { note: '现场已修复' }, changes: { status: 'verified', handlerUserId: 'u-gw' }, reason: '现场已修复', data: { verifierUserId: 'u-gw2' } },
  { name: '[WO19] a blank note is no reason', order: orderIn('resolved'), type: 'verify_pass', actor: OTHER_STAFF, fields: { note: '  ' }, changes: { status: 'verified' }, reason: null, data: {} },
  { name: '[WO20] verify_fail reworks with the same assignee', order: orderIn('resolved'), type: 'verify_fail', actor: OTHER_STAFF, changes: { status: 'dispatched', assignee: { kind: 'staff', id: 'st-1' }, handlerUserId: null }, reason: '未修复', data: { from: 'resolved', to: 'dispatched', handlerUserId: 'u-gw' } },
  { name: '[WO22] close sets satisfaction', order: orderIn('verified'), type: 'close', actor: OPERATOR, changes: { status: 'closed', satisfaction: 'basically_satisfied' }, reason: null, data: { satisfaction: 'basically_satisfied' } },
  { name: '[WO23] reopen goes back to triage', order: orderIn('closed', { satisfaction: 'dissatisfied' }), type: 'reopen', actor: LEADER, changes: { status: 'registered', assignee: null, satisfaction: null }, reason: '再次反映', data: { satisfaction: 'dissatisfied' } },
  { name: '[WO24] urge counts', order: orderIn('in_progress'), type: 'urge', actor: OPERATOR, changes: { status: 'in_progress', urgeCount: 3 }, reason: '请加快', data: { urgeCount: 3 } },
  { name: '[WO25] supervise marks the order', order: orderIn('dispatched'), type: 'supervise', actor: OPERATOR, changes: { status: 'dispatched', supervised: true }, reason: '督办', data: { from: 'dispatched', to: 'dispatched' } },
  { name: '[WO26] escalate grid → village', order: orderIn('resolved'), type: 'escalate', actor: OPERATOR, changes: { escalationLevel: 'village', status: 'resolved' }, reason: '需镇级协调', data: { fromLevel: 'grid', toLevel: 'village' } },
  { name: '[WO26] escalate village → town', order: orderIn('registered', { escalationLevel: 'village' }), type: 'escalate', actor: OPERATOR, changes: { escalationLevel: 'town' }, reason: '需镇级协调', data: { toLevel: 'town' } },
  { name: '[WO26] escalate town → county', order: orderIn('accepted', { escalationLevel: 'town' }), type: 'escalate', actor: LEADER, changes: { escalationLevel: 'county' }, reason: '需镇级协调', data: { toLevel: 'county' } },
];

describe('effects and events', () => {
  it.each(EFFECTS)('$name', ({ order, type, actor, fields, changes, reason, data }) => {
    const before = structuredClone(order);
    const result = decide(order, command(type, fields), ctx(actor));
    if (!result.ok) throw new Error(`refused: ${result.error.rule} ${result.error.message}`);
    expect(result.order).toEqual({ ...before, ...changes, version: 6, updatedAt: NOW });
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toEqual({ action: type, reason, data: expect.objectContaining(data) });
    expect(order).toEqual(before);
  });

  it('the result shares no object with the input or the command', () => {
    const order = orderIn('registered', { assignee: null });
    const dispatch = command('dispatch');
    const result = decide(order, dispatch, ctx(OPERATOR));
    if (!result.ok) throw new Error(result.error.message);
    result.order.deadlines.resolve = null;
    result.order.location.lat = 0;
    if (result.order.assignee) result.order.assignee.id = 'changed';
    expect(order.deadlines.resolve).toBe('2026-05-08T18:00:00+08:00');
    expect(order.location.lat).toBe(29.1);
    expect(dispatch).toMatchObject({ assignee: { id: 'dep-zf1' } });
  });

  it('a whole life: new → … → closed → reopened, each step at the next version', () => {
    const steps: [CommandType, MachineActor, WorkOrderStatus][] = [
      ['register', OPERATOR, 'registered'],
      ['dispatch', OPERATOR, 'dispatched'],
      ['accept', DEPT, 'accepted'],
      ['start', DEPT, 'in_progress'],
      ['resolve', DEPT, 'resolved'],
      ['verify_fail', OTHER_STAFF, 'dispatched'],
      ['accept', DEPT, 'accepted'],
      ['start', DEPT, 'in_progress'],
      ['resolve', DEPT, 'resolved'],
      ['verify_pass', LEADER, 'verified'],
      ['close', OPERATOR, 'closed'],
      ['reopen', OPERATOR, 'registered'],
    ];
    let order = orderIn('new', {
      category: null,
      priority: null,
      assignee: null,
      handlerUserId: null,
      version: 1,
    });
    for (const [type, actor, status] of steps) {
      const result = decide(order, command(type, {}, order.version), ctx(actor));
      if (!result.ok) throw new Error(`${type}: ${result.error.rule} ${result.error.message}`);
      expect(result.order.status).toBe(status);
      expect(result.order.version).toBe(order.version + 1);
      expect(() => workOrder.parse(result.order)).not.toThrow();
      order = result.order;
    }
    expect(order).toMatchObject({ version: 13, assignee: null, satisfaction: null, category: 'sanitation' });
  });
});

describe('refusal kinds', () => {
  it('[WO7] a refusal about who may act is forbidden (403)', () => {
    const result = decide(orderIn('dispatched', deptAssigned), command('accept'), ctx(OTHER_DEPT));
    expect(result).toMatchObject({ ok: false, error: { rule: 'WO7', kind: 'forbidden' } });
  });

  it('[WO21] the handler verifying their own work is forbidden', () => {
    const order = orderIn('resolved', { handlerUserId: OPERATOR.userId });
    const result = decide(order, command('verify_pass'), ctx(OPERATOR));
    expect(result).toMatchObject({ ok: false, error: { rule: 'WO21', kind: 'forbidden' } });
  });

  it('[WO-TRANSITION] [WO-VERSION] [WO6] refusals about state are conflicts (409)', () => {
    expect(decide(orderIn('closed'), command('accept'), ctx(ASSIGNEE))).toMatchObject({
      error: { rule: 'WO-TRANSITION', kind: 'conflict' },
    });
    expect(decide(orderIn('new'), command('register', {}, 1), ctx(OPERATOR))).toMatchObject({
      error: { rule: 'WO-VERSION', kind: 'conflict' },
    });
    const bare = orderIn('registered', { category: null });
    expect(decide(bare, command('dispatch'), ctx(OPERATOR))).toMatchObject({
      error: { rule: 'WO6', kind: 'conflict' },
    });
  });
});
