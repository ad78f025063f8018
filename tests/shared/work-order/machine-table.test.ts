import { describe, expect, it } from 'vitest';
import {
  commandTypes,
  statusCodes,
  workOrder,
  workOrderCommand,
  type CommandType,
  type WorkOrder,
  type WorkOrderCommand,
  type WorkOrderStatus,
} from '../../../src/shared/schemas/work-order';
import { allowedCommands, decide, type MachineActor } from '../../../src/shared/work-order/machine';

const NOW = '2026-05-06T10:00:00+08:00';
const ACTORS = {
  operator: { userId: 'u-operator', role: 'operator' },
  leader: { userId: 'u-leader', role: 'leader' },
  admin: { userId: 'u-admin', role: 'admin' },
  assignee: { userId: 'u-gridworker', role: 'grid_worker', staffId: 'st-1', gridIds: ['YT-JC-01'] },
  inspector: { userId: 'u-inspector', role: 'grid_worker', staffId: 'st-2', gridIds: ['YT-JC-01'] },
  outsider: { userId: 'u-outsider', role: 'grid_worker', staffId: 'st-9', gridIds: ['YT-JC-02'] },
  handler: { userId: 'u-handler', role: 'dept_handler', departmentId: 'dep-zf1' },
  wall: { userId: 'u-wall', role: 'wall_kiosk', staffId: 'st-1' },
} satisfies Record<string, MachineActor>;

const AFTER_DISPATCH: readonly WorkOrderStatus[] = [
  'dispatched',
  'accepted',
  'in_progress',
  'resolved',
  'verified',
];

/** A schema-valid order in `status`, with the fields an order reaching that status would have. */
function orderIn(status: WorkOrderStatus, overrides: Partial<WorkOrder> = {}): WorkOrder {
  const triaged = status !== 'new' && status !== 'rejected' && status !== 'merged';
  const handled = status === 'resolved' || status === 'verified' || status === 'closed';
  return workOrder.parse({
    id: 'wo-1',
    number: 'YT-20260506-0001',
    source: 'hotline',
    title: '垃圾堆积',
    description: '村口垃圾三天未清运',
    category: triaged ? 'sanitation' : null,
    priority: triaged ? 'P2' : null,
    location: { lat: 29.1, lng: 112.9 },
    address: null,
    gridId: 'YT-JC-01',
    villageId: 'v-1',
    outOfGrid: false,
    reporter: null,
    status,
    assignee: AFTER_DISPATCH.includes(status) ? { kind: 'staff', id: 'st-1' } : null,
    handlerUserId: handled ? ACTORS.assignee.userId : null,
    mergedInto: status === 'merged' ? 'wo-2' : null,
    deadlines: { signOff: '2026-05-06T12:00:00+08:00', resolve: '2026-05-07T10:00:00+08:00' },
    escalationLevel: 'grid',
    escalationRequest: null,
    clocks: { signOff: null, resolve: null, nextCheckAt: null },
    urgeCount: 0,
    supervised: false,
    parked: false,
    extension: { state: 'none', until: null, reason: null },
    parking: { state: 'none', reason: null },
    satisfaction: status === 'closed' ? 'satisfied' : null,
    createdBy: 'u-operator',
    createdAt: '2026-05-06T08:00:00+08:00',
    updatedAt: '2026-05-06T08:00:00+08:00',
    version: 3,
    ...overrides,
  });
}

type Payloads = {
  [K in CommandType]: Omit<Extract<WorkOrderCommand, { type: K }>, 'type' | 'expectedVersion'>;
};
const PAYLOADS: Payloads = {
  register: { category: 'sanitation', priority: 'P2' },
  reject: { reason: '不属于受理范围' },
  merge: { intoId: 'wo-2' },
  dispatch: { assignee: { kind: 'staff', id: 'st-1' } },
  accept: {},
  return: { reason: '非本单位职责' },
  start: {},
  request_extension: { until: '2026-05-20T18:00:00+08:00', reason: '需协调供电部门' },
  approve_extension: {},
  refuse_extension: { reason: '理由不充分' },
  request_parking: { reason: '等待上级资金' },
  approve_parking: {},
  refuse_parking: { reason: '可以处置' },
  resume: {},
  resolve: { report: '已清运', photos: ['p/1.jpg'] },
  verify_pass: { note: '现场已清理' },
  verify_fail: { reason: '仍有残留' },
  close: { satisfaction: 'satisfied' },
  reopen: { reason: '群众再次反映' },
  urge: { comment: '请尽快签收' },
  supervise: { comment: '已超时，督办' },
  escalate: { reason: '村级无法解决' },
};

/** A valid command of `type`, parsed by the zod schema so the tests send only what a client could. */
function commandFor(type: CommandType, expectedVersion: number): WorkOrderCommand {
  return workOrderCommand.parse({ type, expectedVersion, ...PAYLOADS[type] });
}

const TARGET = orderIn('registered', { id: 'wo-2', number: 'YT-20260506-0002' });
const ctxFor = (actor: MachineActor): { actor: MachineActor; now: string; target: WorkOrder } => ({
  actor,
  now: NOW,
  target: TARGET,
});

/** Per command: the actor suited to issue it, and the sub-state the command needs besides its status. */
const SUITABLE: Record<CommandType, { rule: string; actor: MachineActor; setup?: Partial<WorkOrder> }> = {
  register: { rule: 'WO1', actor: ACTORS.operator },
  reject: { rule: 'WO2', actor: ACTORS.operator },
  merge: { rule: 'WO3', actor: ACTORS.operator },
  dispatch: { rule: 'WO5', actor: ACTORS.leader, setup: { category: 'safety', priority: 'P1' } },
  accept: { rule: 'WO7', actor: ACTORS.assignee },
  return: { rule: 'WO8', actor: ACTORS.assignee },
  start: { rule: 'WO9', actor: ACTORS.assignee },
  request_extension: { rule: 'WO10', actor: ACTORS.assignee },
  approve_extension: {
    rule: 'WO12',
    actor: ACTORS.operator,
    setup: { extension: { state: 'requested', until: '2026-05-20T18:00:00+08:00', reason: 'r' } },
  },
  refuse_extension: {
    rule: 'WO13',
    actor: ACTORS.operator,
    setup: { extension: { state: 'requested', until: '2026-05-20T18:00:00+08:00', reason: 'r' } },
  },
  request_parking: { rule: 'WO14', actor: ACTORS.assignee },
  approve_parking: {
    rule: 'WO15',
    actor: ACTORS.admin,
    setup: { parking: { state: 'requested', reason: 'r' } },
  },
  refuse_parking: {
    rule: 'WO16',
    actor: ACTORS.admin,
    setup: { parking: { state: 'requested', reason: 'r' } },
  },
  resume: {
    rule: 'WO17',
    actor: ACTORS.assignee,
    setup: { parked: true, parking: { state: 'approved', reason: 'r' } },
  },
  resolve: { rule: 'WO18', actor: ACTORS.assignee },
  verify_pass: { rule: 'WO19', actor: ACTORS.inspector },
  verify_fail: { rule: 'WO20', actor: ACTORS.inspector },
  close: { rule: 'WO22', actor: ACTORS.operator },
  reopen: { rule: 'WO23', actor: ACTORS.leader },
  urge: { rule: 'WO24', actor: ACTORS.operator },
  supervise: { rule: 'WO25', actor: ACTORS.operator },
  escalate: { rule: 'WO26', actor: ACTORS.operator },
};

// '-' refused as WO-TRANSITION; '=' accepted, status unchanged; otherwise accepted, next status.
type Cell = '-' | '=' | 'REG' | 'REJ' | 'MRG' | 'DIS' | 'ACC' | 'INP' | 'RES' | 'VER' | 'CLO';
const NEXT: Record<Exclude<Cell, '-' | '='>, WorkOrderStatus> = {
  REG: 'registered',
  REJ: 'rejected',
  MRG: 'merged',
  DIS: 'dispatched',
  ACC: 'accepted',
  INP: 'in_progress',
  RES: 'resolved',
  VER: 'verified',
  CLO: 'closed',
};

// prettier-ignore
const TABLE: Record<CommandType, readonly Cell[]> = {
  //                   new    registered rejected merged dispatched accepted in_progress resolved verified closed
  register:          ['REG', '-',       '-',     '-',   '-',       '-',     '-',        '-',     '-',     '-'  ],
  reject:            ['REJ', '-',       '-',     '-',   '-',       '-',     '-',        '-',     '-',     '-'  ],
  merge:             ['MRG', '-',       '-',     '-',   '-',       '-',     '-',        '-',     '-',     '-'  ],
  dispatch:          ['-',   'DIS',     '-',     '-',   '-',       '-',     '-',        '-',     '-',     '-'  ],
  accept:            ['-',   '-',       '-',     '-',   'ACC',     '-',     '-',        '-',     '-',     '-'  ],
  return:            ['-',   '-',       '-',     '-',   'REG',     '-',     '-',        '-',     '-',     '-'  ],
  start:             ['-',   '-',       '-',     '-',   '-',       'INP',   '-',        '-',     '-',     '-'  ],
  request_extension: ['-',   '-',       '-',     '-',   '-',       '=',     '=',        '-',     '-',     '-'  ],
  approve_extension: ['-',   '-',       '-',     '-',   '-',       '=',     '=',        '-',     '-',     '-'  ],
  refuse_extension:  ['-',   '-',       '-',     '-',   '-',       '=',     '=',        '-',     '-',     '-'  ],
  request_parking:   ['-',   '-',       '-',     '-',   '-',       '-',     '=',        '-',     '-',     '-'  ],
  approve_parking:   ['-',   '-',       '-',     '-',   '-',       '-',     '=',        '-',     '-',     '-'  ],
  refuse_parking:    ['-',   '-',       '-',     '-',   '-',       '-',     '=',        '-',     '-',     '-'  ],
  resume:            ['-',   '-',       '-',     '-',   '-',       '-',     '=',        '-',     '-',     '-'  ],
  resolve:           ['-',   '-',       '-',     '-',   '-',       '-',     'RES',      '-',     '-',     '-'  ],
  verify_pass:       ['-',   '-',       '-',     '-',   '-',       '-',     '-',        'VER',   '-',     '-'  ],
  verify_fail:       ['-',   '-',       '-',     '-',   '-',       '-',     '-',        'DIS',   '-',     '-'  ],
  close:             ['-',   '-',       '-',     '-',   '-',       '-',     '-',        '-',     'CLO',   '-'  ],
  reopen:            ['-',   '-',       '-',     '-',   '-',       '-',     '-',        '-',     '-',     'REG'],
  urge:              ['-',   '-',       '-',     '-',   '=',       '=',     '=',        '-',     '-',     '-'  ],
  supervise:         ['-',   '-',       '-',     '-',   '=',       '=',     '=',        '-',     '-',     '-'  ],
  escalate:          ['-',   '=',       '-',     '-',   '=',       '=',     '=',        '=',     '-',     '-'  ],
};

describe('every status × every command, for a suitable actor', () => {
  it('the table covers every command type and status of the schema', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...commandTypes].sort());
    for (const row of Object.values(TABLE)) expect(row).toHaveLength(statusCodes.length);
  });

  for (const type of commandTypes) {
    const { rule, actor, setup } = SUITABLE[type];
    statusCodes.forEach((status, column) => {
      const cell = TABLE[type][column];
      const legal = cell !== '-';
      const label = legal
        ? `[${rule}] ${type} on ${status} is accepted`
        : `[WO-TRANSITION] ${type} on ${status}`;
      it(label, () => {
        const order = orderIn(status, setup);
        const before = structuredClone(order);
        const result = decide(order, commandFor(type, order.version), ctxFor(actor));
        expect(order).toEqual(before);
        if (!legal) {
          expect(result).toMatchObject({ ok: false, error: { rule: 'WO-TRANSITION' } });
          if (!result.ok) expect(result.error.message).toContain(status);
          expect(allowedCommands(order, actor)).not.toContain(type);
          return;
        }
        if (!result.ok) throw new Error(`refused: ${result.error.rule} ${result.error.message}`);
        expect(result.order.status).toBe(cell === '=' ? status : NEXT[cell as keyof typeof NEXT]);
        expect(result.order.version).toBe(order.version + 1);
        expect(result.order.updatedAt).toBe(NOW);
        expect(() => workOrder.parse(result.order)).not.toThrow();
        expect(result.events[0]).toMatchObject({
          action: type,
          data: { from: status, to: result.order.status },
        });
        expect(allowedCommands(order, actor)).toContain(type);
      });
    });
  }
});

/** Sub-states that switch guards on and off, to check allowedCommands against decide beyond the happy path. */
const VARIANTS: Record<string, Partial<WorkOrder>> = {
  plain: {},
  extensionRequested: SUITABLE.approve_extension.setup ?? {},
  parkingRequested: SUITABLE.approve_parking.setup ?? {},
  parked: SUITABLE.resume.setup ?? {},
  atCounty: { escalationLevel: 'county' },
  untriaged: { category: null, priority: null },
  outOfGrid: { gridId: null, outOfGrid: true },
  departmentAssignee: { assignee: { kind: 'department', id: 'dep-zf1' }, handlerUserId: 'u-handler' },
  resolvedByOperator: { handlerUserId: 'u-operator' },
};

describe('allowedCommands agrees with decide for every status × command × actor', () => {
  for (const status of statusCodes) {
    for (const [variant, setup] of Object.entries(VARIANTS)) {
      it(`${status} (${variant})`, () => {
        const order = orderIn(status, setup);
        for (const actor of Object.values(ACTORS)) {
          const allowed = allowedCommands(order, actor);
          const accepted = commandTypes.filter(
            (type) => decide(order, commandFor(type, 3), ctxFor(actor)).ok,
          );
          expect({ actor: actor.userId, allowed }).toEqual({ actor: actor.userId, allowed: accepted });
        }
      });
    }
  }

  it('the wall kiosk may do nothing, whatever its staff record says', () => {
    for (const status of statusCodes) expect(allowedCommands(orderIn(status), ACTORS.wall)).toEqual([]);
  });

  it.each([
    ['new', 'operator', ['register', 'reject', 'merge']],
    ['registered', 'leader', ['dispatch', 'escalate']],
    ['dispatched', 'assignee', ['accept', 'return']],
    ['dispatched', 'operator', ['urge', 'supervise', 'escalate']],
    ['in_progress', 'assignee', ['request_extension', 'request_parking', 'resolve']],
    ['resolved', 'inspector', ['verify_pass', 'verify_fail']],
    ['resolved', 'assignee', []],
    ['resolved', 'outsider', []],
    ['closed', 'admin', ['reopen']],
    ['rejected', 'admin', []],
    ['merged', 'admin', []],
  ] as const)('on %s, %s may issue %j', (status, actor, expected) => {
    expect(allowedCommands(orderIn(status), ACTORS[actor])).toEqual(expected);
  });
});
