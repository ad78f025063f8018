import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import { login, startTestServer, type Session, type TestServer } from '../../helpers/test-server';

const LOCATION = { lat: 34.8809, lng: 116.85527 }; // basic grid YT-JC-01, the demo grid worker's

let ts: TestServer;
let now = new Date('2026-11-27T09:00:00+08:00'); // a Friday
let operator: Session;
let admin: Session;
let gridworker: Session;
let handler: Session;

beforeAll(async () => {
  ts = await startTestServer({}, { now: () => now, oversight: 'manual' });
  [operator, admin, gridworker, handler] = await Promise.all([
    login(ts.baseUrl, 'operator'),
    login(ts.baseUrl, 'admin'),
    login(ts.baseUrl, 'gridworker'),
    login(ts.baseUrl, 'handler'),
  ]);
});
afterAll(() => ts.stop());

async function command(who: Session, id: string, body: Record<string, unknown>): Promise<WorkOrder> {
  const current = (await who.request('GET', `/api/work-orders/${id}`)).body as WorkOrder;
  const res = await who.request('POST', `/api/work-orders/${id}/commands`, {
    ...body,
    expectedVersion: current.version,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as WorkOrder;
}

describe('oversight over REST', () => {
  it('sets deadlines at 立案 and turns red on the scheduler; the grid answers its supervision', async () => {
    const created = await operator.request('POST', '/api/work-orders', {
      source: 'phone',
      title: '楼道堆放杂物',
      description: '三号楼楼道堆满纸箱',
      location: LOCATION,
    });
    const id = (created.body as WorkOrder).id;
    const registered = await command(operator, id, {
      type: 'register',
      category: 'sanitation',
      priority: 'P2',
    });
    // P2: sign-off 2 working hours from receipt (Fri 09:00) → 11:00; resolve 1 working day → Mon 11-30 17:30.
    expect(registered.deadlines).toEqual({
      signOff: '2026-11-27T11:00:00.000+08:00',
      resolve: '2026-11-30T17:30:00.000+08:00',
    });
    const staffId = 'S-YT-JC-01-grid_worker';
    await command(operator, id, { type: 'dispatch', assignee: { kind: 'staff', id: staffId } });

    const steps = await ts.server.app.context.oversight.runUntil('2026-11-27T11:00:01+08:00', (d) => {
      now = d;
    });
    expect(steps).toBe(2); // yellow at 10:36, red at 11:00:00.001
    const order = (await operator.request('GET', `/api/work-orders/${id}`)).body as WorkOrder;
    expect(order.clocks.signOff?.colour).toBe('red');
    expect(order.supervised).toBe(true);

    const cards = await operator.request('GET', '/api/oversight/cards?from=2026-11-27T00:00:00%2B08:00');
    expect((cards.body as { items: { colour: string }[] }).items.map((c) => c.colour)).toEqual([
      'yellow',
      'red',
    ]);
    // The grid worker sees their grid's supervision; the department handler does not.
    const mine = await gridworker.request('GET', '/api/oversight/supervisions?open=true');
    const open = (mine.body as { items: { id: string; orderId: string }[] }).items;
    expect(open.map((s) => s.orderId)).toEqual([id]);
    const theirs = await handler.request('GET', '/api/oversight/supervisions?open=true');
    expect((theirs.body as { items: unknown[] }).items).toEqual([]);

    const sid = open[0]!.id;
    expect(
      (await handler.request('POST', `/api/oversight/supervisions/${sid}/answer`, { answer: 'x' })).status,
    ).toBe(404);
    expect(
      (await gridworker.request('POST', `/api/oversight/supervisions/${sid}/answer`, { answer: ' ' })).status,
    ).toBe(400);
    const answered = await gridworker.request('POST', `/api/oversight/supervisions/${sid}/answer`, {
      answer: '已联系物业，今天下午清理',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ answer: '已联系物业，今天下午清理', answeredBy: 'u-gridworker' });
    const again = await gridworker.request('POST', `/api/oversight/supervisions/${sid}/answer`, {
      answer: '再答',
    });
    expect(again.status).toBe(409);
    const timeline = (await operator.request('GET', `/api/work-orders/${id}`)).body as {
      timeline: { action: string; actor: { userId: string } }[];
    };
    expect(timeline.timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining(['card', 'urge', 'supervise', 'supervision_answered']),
    );
  });

  it('lets only the admin change the rule table, validates it, and reschedules open orders', async () => {
    const view = await operator.request('GET', '/api/admin/oversight');
    expect(view.status).toBe(200);
    const body = view.body as {
      settings: { rules: { category: string; priority: string; signOff: { amount: number } }[] };
      calendars: { year: number }[];
      missingYears: number[];
    };
    expect(body.calendars.map((c) => c.year)).toEqual([2026]);
    expect(body.missingYears).toEqual([2027]);

    expect((await operator.request('PUT', '/api/admin/oversight', body.settings)).status).toBe(403);
    const noDefault = { ...body.settings, rules: body.settings.rules.filter((r) => r.priority !== 'P1') };
    const bad = await admin.request('PUT', '/api/admin/oversight', noDefault);
    expect(bad.status).toBe(400);
    expect(((await operator.request('GET', '/api/admin/oversight')).body as typeof body).settings).toEqual(
      body.settings,
    );

    const created = await operator.request('POST', '/api/work-orders', {
      source: 'phone',
      title: '路灯不亮',
      description: '村口路灯坏了',
      location: LOCATION,
    });
    const id = (created.body as WorkOrder).id;
    await command(operator, id, { type: 'register', category: 'infrastructure', priority: 'P3' });
    // infrastructure P3 gets its own row: sign-off in 1 working hour instead of 4.
    const own = {
      category: 'infrastructure',
      priority: 'P3',
      signOff: { amount: 1, unit: 'hours', time: 'working' },
      resolve: { amount: 3, unit: 'days', time: 'working' },
    };
    const saved = await admin.request('PUT', '/api/admin/oversight', {
      ...body.settings,
      rules: [...body.settings.rules, own],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const again = await operator.request('POST', '/api/work-orders', {
      source: 'phone',
      title: '路灯又不亮',
      description: '另一处路灯',
      location: LOCATION,
    });
    const second = await command(operator, (again.body as WorkOrder).id, {
      type: 'register',
      category: 'infrastructure',
      priority: 'P3',
    });
    const receivedAt = Date.parse(second.createdAt);
    expect(Date.parse(second.deadlines.signOff!) - receivedAt).toBeLessThanOrEqual(3_600_000 * 17);
    expect(second.clocks.signOff?.due).not.toBe(
      ((await operator.request('GET', `/api/work-orders/${id}`)).body as WorkOrder).clocks.signOff?.due,
    );
  });

  it('imports a later year of the calendar, refusing a malformed one', async () => {
    const bad = await admin.request('POST', '/api/admin/calendars', {
      year: 2027,
      holidays: [{ name: '春节', offDays: ['2027-02-08'], workdays: ['2027-02-10'] }], // a Wednesday
    });
    expect(bad.status).toBe(400);
    const ok = await admin.request('POST', '/api/admin/calendars', {
      year: 2027,
      source: 'test',
      holidays: [{ name: '元旦', offDays: ['2027-01-01'], workdays: [] }],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((ok.body as { missingYears: number[] }).missingYears).toEqual([]);
    expect(
      (await operator.request('POST', '/api/admin/calendars', { year: 2028, holidays: [] })).status,
    ).toBe(403);
  });
});

describe('timeline data and manual 督办', () => {
  it('keeps a resolve report with its photos on the timeline, and a manual supervise opens a record', async () => {
    const created = await operator.request('POST', '/api/work-orders', {
      source: 'phone',
      title: '井盖破损',
      description: '路口井盖破了',
      location: LOCATION,
      photos: ['/api/photos/00000000-0000-4000-8000-000000000001'],
    });
    const id = (created.body as WorkOrder).id;
    await command(operator, id, { type: 'register', category: 'infrastructure', priority: 'P3' });
    await command(operator, id, {
      type: 'dispatch',
      assignee: { kind: 'staff', id: 'S-YT-JC-01-grid_worker' },
    });
    await command(operator, id, { type: 'supervise', comment: '请今天内处理' });
    const opened = await gridworker.request('GET', `/api/oversight/supervisions?open=true&orderId=${id}`);
    expect((opened.body as { items: { reason: string; openedBy: string }[] }).items).toEqual([
      expect.objectContaining({ reason: '请今天内处理', openedBy: 'u-operator' }),
    ]);
    await command(gridworker, id, { type: 'accept' });
    await command(gridworker, id, { type: 'start' });
    const photos = ['/api/photos/00000000-0000-4000-8000-000000000002'];
    await command(gridworker, id, { type: 'resolve', report: '已更换井盖', photos });
    const detail = (await operator.request('GET', `/api/work-orders/${id}`)).body as {
      timeline: { action: string; data?: Record<string, unknown> | null }[];
    };
    expect(detail.timeline.find((e) => e.action === 'create')?.data).toEqual({
      photos: ['/api/photos/00000000-0000-4000-8000-000000000001'],
    });
    expect(detail.timeline.find((e) => e.action === 'resolve')?.data).toMatchObject({
      report: '已更换井盖',
      photos,
    });
  });
});
