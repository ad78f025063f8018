import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandTypes, type CommandType, type WorkOrder } from '../../../src/shared/schemas/work-order';
import { login, startTestServer, type Session, type TestServer } from '../../helpers/test-server';

/**
 * Every demo role × every command, over REST, on an order in a state where the command is legal:
 * what the rules refuse to that role answers 403 with the rule and changes nothing. Written out by
 * hand from SPEC.md's "who" column, not derived from the code under test.
 */
const LOCATION = { lat: 34.8809, lng: 116.85527 }; // grid YT-JC-01: the grid worker's and inspector's
const GRID_WORKER_STAFF = 'S-YT-JC-01-grid_worker';
const ROLES = ['admin', 'operator', 'leader', 'gridworker', 'inspector', 'handler', 'wall'] as const;
type Who = (typeof ROLES)[number];
const CENTRE: Who[] = ['admin', 'operator', 'leader'];

/** Who may issue each command on the fixture order (the grid worker is the assignee and the handler). */
const ALLOWED: Record<CommandType, Who[]> = {
  register: CENTRE,
  reject: CENTRE,
  merge: CENTRE,
  dispatch: CENTRE,
  accept: ['gridworker'],
  return: ['gridworker'],
  start: ['gridworker'],
  request_extension: ['gridworker'],
  approve_extension: CENTRE,
  refuse_extension: CENTRE,
  request_parking: ['gridworker'],
  approve_parking: CENTRE,
  refuse_parking: CENTRE,
  resume: ['gridworker', ...CENTRE],
  resolve: ['gridworker'],
  // 核查: the centre or a grid worker of the grid who did not handle it (the inspector).
  verify_pass: ['inspector', ...CENTRE],
  verify_fail: ['inspector', ...CENTRE],
  close: CENTRE,
  reopen: CENTRE,
  urge: CENTRE,
  supervise: CENTRE,
  escalate: CENTRE,
};

/** The state each command is tried in, and a valid payload for it. */
const FIXTURE: Record<CommandType, { state: State; fields: Record<string, unknown> }> = {
  register: { state: 'new', fields: { category: 'sanitation', priority: 'P3' } },
  reject: { state: 'new', fields: { reason: '不属于受理范围' } },
  merge: { state: 'new', fields: { intoId: '' } },
  dispatch: { state: 'registered', fields: { assignee: { kind: 'staff', id: GRID_WORKER_STAFF } } },
  accept: { state: 'dispatched', fields: {} },
  return: { state: 'dispatched', fields: { reason: '非本网格事项' } },
  start: { state: 'accepted', fields: {} },
  request_extension: { state: 'accepted', fields: { until: '2027-06-30T17:30:00+08:00', reason: '需协调' } },
  approve_extension: { state: 'requests', fields: {} },
  refuse_extension: { state: 'requests', fields: { reason: '理由不足' } },
  request_parking: { state: 'in_progress', fields: { reason: '等待资金' } },
  approve_parking: { state: 'requests', fields: {} },
  refuse_parking: { state: 'requests', fields: { reason: '可以办理' } },
  resume: { state: 'parked', fields: {} },
  resolve: { state: 'in_progress', fields: { report: '已清理完毕' } },
  verify_pass: { state: 'resolved', fields: {} },
  verify_fail: { state: 'resolved', fields: { reason: '现场仍有垃圾' } },
  close: { state: 'verified', fields: { satisfaction: 'satisfied' } },
  reopen: { state: 'closed', fields: { reason: '群众再次反映' } },
  urge: { state: 'dispatched', fields: { comment: '请尽快签收' } },
  supervise: { state: 'dispatched', fields: { comment: '督办' } },
  escalate: { state: 'registered', fields: { reason: '需村级协调' } },
};
type State =
  | 'new'
  | 'registered'
  | 'dispatched'
  | 'accepted'
  | 'in_progress'
  | 'requests'
  | 'parked'
  | 'resolved'
  | 'verified'
  | 'closed';
const PATH: State[] = [
  'new',
  'registered',
  'dispatched',
  'accepted',
  'in_progress',
  'resolved',
  'verified',
  'closed',
];

let ts: TestServer;
const as = {} as Record<Who, Session>;
const orders = {} as Record<State, string>;

async function command(who: Session, id: string, body: Record<string, unknown>): Promise<void> {
  const current = (await who.request('GET', `/api/work-orders/${id}`)).body as WorkOrder;
  const res = await who.request('POST', `/api/work-orders/${id}/commands`, {
    ...body,
    expectedVersion: current.version,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** An order of grid YT-JC-01 walked to `state` by the right people. */
async function orderIn(state: State): Promise<string> {
  const res = await as.operator.request('POST', '/api/work-orders', {
    source: 'phone',
    title: `权限测试 ${state}`,
    description: '垃圾堆积',
    location: LOCATION,
  });
  const id = (res.body as WorkOrder).id;
  const steps: Array<[Who, Record<string, unknown>]> = [
    ['operator', FIXTURE.register.fields],
    ['operator', { type: 'dispatch', ...FIXTURE.dispatch.fields }],
    ['gridworker', { type: 'accept' }],
    ['gridworker', { type: 'start' }],
    ['gridworker', { type: 'resolve', report: '已处理' }],
    ['inspector', { type: 'verify_pass' }],
    ['operator', { type: 'close', satisfaction: 'satisfied' }],
  ];
  const target = state === 'requests' || state === 'parked' ? 'in_progress' : state;
  for (const [who, body] of steps.slice(0, PATH.indexOf(target))) {
    await command(as[who], id, { type: 'register', ...body });
  }
  if (state === 'requests' || state === 'parked') {
    await command(as.gridworker, id, { type: 'request_extension', ...FIXTURE.request_extension.fields });
    await command(as.gridworker, id, { type: 'request_parking', reason: '等待资金' });
  }
  if (state === 'parked') await command(as.operator, id, { type: 'approve_parking' });
  return id;
}

beforeAll(async () => {
  ts = await startTestServer();
  for (const who of ROLES) as[who] = await login(ts.baseUrl, who);
  for (const state of [...PATH, 'requests', 'parked'] as State[]) orders[state] = await orderIn(state);
  FIXTURE.merge.fields.intoId = orders.registered;
}, 60_000);
afterAll(() => ts.stop());

const refusals = commandTypes.flatMap((type) =>
  ROLES.filter((who) => !ALLOWED[type].includes(who)).map((who) => ({ type, who })),
);

describe('every role × command the rules refuse', () => {
  it('covers all 22 commands and all 7 roles', () => {
    expect(commandTypes).toHaveLength(22);
    expect(new Set(refusals.map((r) => r.type)).size).toBe(22);
    expect(new Set(refusals.map((r) => r.who)).size).toBe(7);
  });

  it.each(refusals)('$who may not $type: 403, nothing changes', async ({ type, who }) => {
    const id = orders[FIXTURE[type].state];
    const before = (await as.operator.request('GET', `/api/work-orders/${id}`)).body as WorkOrder;
    const res = await as[who].request('POST', `/api/work-orders/${id}/commands`, {
      type,
      ...FIXTURE[type].fields,
      expectedVersion: before.version,
    });
    // Including the department handler on orders outside its department: the scope refuses it.
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    const after = (await as.operator.request('GET', `/api/work-orders/${id}`)).body as WorkOrder;
    expect(after.version).toBe(before.version);
  });

  it('the county is the duty leader’s: an operator or admin escalating from town gets 403 WO28', async () => {
    const id = await orderIn('registered');
    await command(as.operator, id, { type: 'escalate', reason: '上报村', toLevel: 'village' });
    await command(as.operator, id, { type: 'escalate', reason: '上报镇', toLevel: 'town' });
    for (const who of ['operator', 'admin'] as const) {
      const current = (await as.operator.request('GET', `/api/work-orders/${id}`)).body as WorkOrder;
      const res = await as[who].request('POST', `/api/work-orders/${id}/commands`, {
        type: 'escalate',
        reason: '上报县',
        expectedVersion: current.version,
      });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: { code: 'forbidden', rule: 'WO28' } });
    }
    await command(as.leader, id, { type: 'escalate', reason: '同意上报县级' });
  });

  it('each allowed role sees the command offered in allowedCommands', async () => {
    for (const type of commandTypes) {
      const id = orders[FIXTURE[type].state];
      for (const who of ALLOWED[type]) {
        const detail = (await as[who].request('GET', `/api/work-orders/${id}`)).body as {
          allowedCommands: string[];
        };
        expect(detail.allowedCommands, `${who} ${type}`).toContain(type);
      }
    }
  });
});

describe('every command with bad input', () => {
  it.each(commandTypes)(
    '%s: a malformed body is 400 with the field named, and nothing changes',
    async (type) => {
      const id = orders[FIXTURE[type].state];
      const before = (await as.operator.request('GET', `/api/work-orders/${id}`)).body as WorkOrder;
      const post = (body: unknown) => as.operator.request('POST', `/api/work-orders/${id}/commands`, body);
      const wrongVersion = await post({ type, ...FIXTURE[type].fields, expectedVersion: 'one' });
      expect(wrongVersion.status).toBe(400);
      expect(wrongVersion.body).toMatchObject({ error: { code: 'validation_failed' } });
      expect(JSON.stringify(wrongVersion.body)).toContain('expectedVersion');
      const required = Object.keys(FIXTURE[type].fields);
      if (required.length > 0) {
        const missing = await post({ type, expectedVersion: before.version });
        expect(missing.status).toBe(400);
        expect(JSON.stringify(missing.body)).toContain(required[0]!);
      }
      expect(
        (await post({ ...FIXTURE[type].fields, type: `${type}_x`, expectedVersion: before.version })).status,
      ).toBe(400);
      const after = (await as.operator.request('GET', `/api/work-orders/${id}`)).body as WorkOrder;
      expect(after.version).toBe(before.version);
    },
  );
});
