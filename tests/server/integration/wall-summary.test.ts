import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WallKpis, WallMarkers, WallSummary } from '../../../src/shared/schemas/wall';
import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import { login, startTestServer, type Session, type TestServer } from '../../helpers/test-server';

const LOCATION = { lat: 34.8809, lng: 116.85527 }; // basic grid YT-JC-01
const MIDNIGHT = '2026-11-27T00:00:00+08:00';

let ts: TestServer;
let now = new Date('2026-11-26T15:00:00+08:00'); // Thursday afternoon: "yesterday"
let operator: Session;
let handler: Session;
let inspector: Session;
let wall: Session;
let gridworker: Session;

async function loginAll(): Promise<void> {
  [operator, handler, inspector, wall, gridworker] = await Promise.all([
    login(ts.baseUrl, 'operator'),
    login(ts.baseUrl, 'handler'),
    login(ts.baseUrl, 'inspector'),
    login(ts.baseUrl, 'wall'),
    login(ts.baseUrl, 'gridworker'),
  ]);
}

beforeAll(async () => {
  ts = await startTestServer({}, { now: () => now, oversight: 'manual' });
  await loginAll();
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

async function create(title: string): Promise<string> {
  const res = await operator.request('POST', '/api/work-orders', {
    source: 'phone',
    title,
    description: title,
    location: LOCATION,
  });
  expect(res.status).toBe(201);
  return (res.body as WorkOrder).id;
}

/** 立案 → 派遣 to 第一中队 → 签收 → 处置 → 核查 → 结案 with a rating. */
async function runToClose(id: string, satisfaction: string): Promise<void> {
  await command(operator, id, { type: 'register', category: 'city_order', priority: 'P3' });
  await command(operator, id, { type: 'dispatch', assignee: { kind: 'squad', id: 'enf_1' } });
  await command(handler, id, { type: 'accept' });
  await command(handler, id, { type: 'start' });
  await command(handler, id, { type: 'resolve', report: '已清理' });
  await command(inspector, id, { type: 'verify_pass' });
  await command(operator, id, { type: 'close', satisfaction });
}

async function list(query: string): Promise<{ items: WorkOrder[]; total: number }> {
  const res = await operator.request('GET', `/api/work-orders?limit=1000&${query}`);
  expect(res.status).toBe(200);
  return res.body as { items: WorkOrder[]; total: number };
}

const OPEN = 'new,registered,dispatched,accepted,in_progress,resolved,verified';
const redAndRunning = (o: WorkOrder): boolean =>
  [o.clocks.signOff, o.clocks.resolve].some((s) => s !== null && s.metAt === null && s.colour === 'red');

/** Every KPI recounted from the REST lists, written independently of src/shared/wall/summary.ts. */
async function kpisFromRest(): Promise<WallKpis> {
  const since = encodeURIComponent(MIDNIGHT);
  const open = (await list(`status=${OPEN}`)).items;
  const closedToday = (await list(`status=closed&updatedFrom=${since}`)).items;
  const openIds = new Set(open.map((o) => o.id));
  let onTime = 0;
  let late = 0;
  for (const o of [...open, ...closedToday]) {
    const stage = o.clocks.resolve;
    if (!stage) continue;
    if (stage.metAt !== null && Date.parse(stage.metAt) >= Date.parse(MIDNIGHT)) {
      if (stage.colour === 'red') late++;
      else onTime++;
    } else if (stage.metAt === null && stage.colour === 'red' && openIds.has(o.id)) late++;
  }
  const rated = closedToday.filter((o) => o.satisfaction !== null);
  const points = rated.reduce(
    (sum, o) =>
      sum + (o.satisfaction === 'satisfied' ? 1 : o.satisfaction === 'basically_satisfied' ? 0.5 : 0),
    0,
  );
  const cameras = (
    (await operator.request('GET', '/api/cameras?limit=1000')).body as { items: { status: string }[] }
  ).items;
  const staff = (
    (await operator.request('GET', '/api/staff?limit=1000')).body as { items: { onDuty: boolean }[] }
  ).items;
  const cards = (
    (await operator.request('GET', '/api/oversight/cards')).body as {
      items: { orderId: string; colour: string }[];
    }
  ).items.filter((c) => openIds.has(c.orderId));
  return {
    receivedToday: (await list(`from=${since}`)).total,
    inProgress: (await list('status=registered,dispatched,accepted,in_progress,resolved,verified')).total,
    overdue: open.filter(redAndRunning).length,
    closedToday: closedToday.length,
    onTimeRate: onTime + late === 0 ? null : onTime / (onTime + late),
    satisfactionRate: rated.length === 0 ? null : points / rated.length,
    camerasOnline: cameras.filter((c) => c.status !== 'offline').length,
    camerasTotal: cameras.length,
    staffOnDuty: staff.filter((s) => s.onDuty).length,
    staffTotal: staff.length,
    redCards: cards.filter((c) => c.colour === 'red').length,
    yellowCards: cards.filter((c) => c.colour === 'yellow').length,
  };
}

describe('GET /api/wall/summary', () => {
  it('makes every KPI equal the counts computed over REST for a scripted day', async () => {
    const yesterdayOpen = await create('昨日积存：路灯不亮');
    const yesterdayClosed = await create('昨日受理：占道经营');
    await command(operator, yesterdayOpen, { type: 'register', category: 'infrastructure', priority: 'P3' });

    now = new Date('2026-11-27T09:00:00+08:00');
    await loginAll(); // yesterday's sessions have idled out overnight
    await create('新来电：噪音扰民'); // stays 待受理
    const rejected = await create('重复反映：已处理事项');
    await command(operator, rejected, { type: 'reject', reason: '重复' });
    const late = await create('楼道堆放杂物');
    await command(operator, late, { type: 'register', category: 'sanitation', priority: 'P2' });
    await command(operator, late, {
      type: 'dispatch',
      assignee: { kind: 'staff', id: 'S-YT-JC-01-grid_worker' },
    });
    await runToClose(await create('店外占道经营'), 'satisfied');
    await runToClose(await create('流动摊贩'), 'basically_satisfied');
    await runToClose(yesterdayClosed, 'dissatisfied');
    const onlineBefore = (await kpisFromRest()).camerasOnline;
    const camera = (
      (await operator.request('GET', '/api/cameras?limit=1000')).body as {
        items: { id: string; status: string }[];
      }
    ).items.find((c) => c.status !== 'offline')!.id;
    expect(
      (await operator.request('POST', `/api/cameras/${camera}/status`, { status: 'offline' })).status,
    ).toBe(200);
    // The P2 sign-off (due 11:00) turns yellow, then red with a 督办.
    await ts.server.app.context.oversight.runUntil('2026-11-27T11:00:01+08:00', (d) => {
      now = d;
    });

    const res = await wall.request('GET', '/api/wall/summary');
    expect(res.status).toBe(200);
    const summary = res.body as WallSummary;
    const expected = await kpisFromRest();
    expect(summary.kpis).toEqual(expected);
    // The script really exercised each figure (a summary of zeros would not pass).
    expect(summary.kpis).toMatchObject({
      receivedToday: 5,
      inProgress: 2,
      overdue: 2, // the P2 sign-off, and yesterday's P3 sign-off (4 working hours: Fri 10:00)
      closedToday: 3,
      onTimeRate: 1,
      satisfactionRate: 0.5,
      redCards: 2,
      yellowCards: 2,
    });
    expect(summary.kpis.camerasOnline).toBe(onlineBefore - 1);

    const pipeline = Object.fromEntries(summary.pipeline.map((p) => [p.status, p.count]));
    expect(pipeline).toMatchObject({ new: 1, registered: 1, dispatched: 1, rejected: 1, closed: 3 });
    expect(summary.byCategoryToday).toEqual(
      expect.arrayContaining([
        { category: 'city_order', count: 2 },
        { category: 'sanitation', count: 1 },
        { category: null, count: 2 },
      ]),
    );
    expect(summary.onTimeByDepartment).toEqual([{ departmentId: 'enf_1', onTime: 3, total: 3, rate: 1 }]);
    const grid = summary.grids.find((g) => g.gridId === 'YT-JC-01');
    expect(grid).toMatchObject({ open: 3, overdue: 2, redCards: 2 });
    expect(summary.grids).toHaveLength(51);
    expect(summary.loadByVillage.reduce((s, v) => s + v.open, 0)).toBe(3);
    expect(summary.cardsByUnit).toEqual([
      { unit: { kind: 'centre', id: 'centre' }, red: 1, yellow: 1 }, // registered, not yet dispatched
      { unit: { kind: 'grid', id: 'YT-JC-01' }, red: 1, yellow: 1 },
    ]);
    const phone = summary.trend24h.series.find((s) => s.source === 'phone')!;
    expect(phone.counts.reduce((a, b) => a + b, 0)).toBe(7); // yesterday 15:00 is within the last 24 h
  });

  it('lists every open order as a marker, flags the overdue ones, and refuses viewers without the whole town', async () => {
    const res = await wall.request('GET', '/api/wall/markers');
    expect(res.status).toBe(200);
    const markers = res.body as WallMarkers;
    const open = await list(`status=${OPEN}`);
    expect(markers.items.map((m) => m.id).sort()).toEqual(open.items.map((o) => o.id).sort());
    expect(markers.items.filter((m) => m.overdue).map((m) => m.title)).toEqual(
      expect.arrayContaining(['楼道堆放杂物', '昨日积存：路灯不亮']),
    );
    expect(markers.items.filter((m) => m.overdue)).toHaveLength(2);
    expect((await gridworker.request('GET', '/api/wall/summary')).status).toBe(403);
    expect((await gridworker.request('GET', '/api/wall/markers')).status).toBe(403);
  });

  it('shows the duty leader the centre rosters; refuses bad names and viewers who may not set it', async () => {
    expect(((await wall.request('GET', '/api/wall/summary')).body as WallSummary).dutyLeader).toBeNull();
    expect((await wall.request('PUT', '/api/wall/duty', { leader: '张三' })).status).toBe(403);
    expect((await gridworker.request('PUT', '/api/wall/duty', { leader: '张三' })).status).toBe(403);
    const tooLong = await operator.request('PUT', '/api/wall/duty', { leader: '长'.repeat(41) });
    expect(tooLong.status).toBe(400);
    expect((await operator.request('PUT', '/api/wall/duty', { leader: '王建国' })).status).toBe(200);
    expect(((await wall.request('GET', '/api/wall/summary')).body as WallSummary).dutyLeader).toBe('王建国');
    expect((await operator.request('PUT', '/api/wall/duty', { leader: null })).status).toBe(200);
    expect(((await wall.request('GET', '/api/wall/summary')).body as WallSummary).dutyLeader).toBeNull();
  });
});
