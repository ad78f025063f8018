import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import { login, startTestServer, type Session, type TestServer } from '../../helpers/test-server';

const LOCATION = { lat: 34.8809, lng: 116.85527 }; // basic grid YT-JC-01
let ts: TestServer;
let now = new Date('2026-11-23T09:00:00+08:00'); // a Monday
let operator: Session;
let gridworker: Session;
let inspector: Session;
let wall: Session;

beforeAll(async () => {
  ts = await startTestServer({}, { now: () => now, oversight: 'manual' });
  [operator, gridworker, wall, inspector] = await Promise.all([
    login(ts.baseUrl, 'operator'),
    login(ts.baseUrl, 'gridworker'),
    login(ts.baseUrl, 'wall'),
    login(ts.baseUrl, 'inspector'),
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

async function registered(category: string): Promise<string> {
  const res = await operator.request('POST', '/api/work-orders', {
    source: 'phone',
    title: '测试',
    description: '测试',
    location: LOCATION,
  });
  const id = (res.body as WorkOrder).id;
  await command(operator, id, { type: 'register', category, priority: 'P3' });
  return id;
}

describe('dispatch suggestions', () => {
  it("recommends the grid's staff member of the category's role with the lightest load", async () => {
    const id = await registered('safety');
    const res = await operator.request('GET', `/api/work-orders/${id}/assignee-suggestions`);
    expect(res.status).toBe(200);
    const body = res.body as {
      staff: { id: string; role: string; recommended: boolean }[];
      units: { id: string; kind: string; recommended: boolean }[];
    };
    expect(body.staff.length).toBeGreaterThanOrEqual(7);
    expect(body.staff[0]).toMatchObject({ role: 'inspector', recommended: true });
    expect(body.staff.filter((s) => s.recommended)).toHaveLength(1);
    expect(body.units[0]).toMatchObject({ id: 'safety', recommended: true });
    expect((await wall.request('GET', `/api/work-orders/${id}/assignee-suggestions`)).status).toBe(403);
    expect((await operator.request('GET', '/api/work-orders/none/assignee-suggestions')).status).toBe(404);
  });

  it('sends a city-order case to the enforcement squad of its district', async () => {
    const id = await registered('city_order');
    const body = (await operator.request('GET', `/api/work-orders/${id}/assignee-suggestions`)).body as {
      units: { kind: string; recommended: boolean }[];
    };
    expect(body.units[0]).toMatchObject({ kind: 'squad', recommended: true });
  });
});

describe('evaluation', () => {
  it('scores the grid for the week, and exports the same as CSV for Excel', async () => {
    const id = await registered('sanitation');
    await command(operator, id, {
      type: 'dispatch',
      assignee: { kind: 'staff', id: 'S-YT-JC-01-grid_worker' },
    });
    now = new Date('2026-11-23T10:00:00+08:00');
    await command(gridworker, id, { type: 'accept' });
    const res = await operator.request('GET', '/api/evaluation?unitKind=grid&period=week');
    expect(res.status).toBe(200);
    const body = res.body as {
      period: { from: string; to: string };
      items: { unit: { id: string }; received: number; signOffOnTime: { onTime: number; total: number } }[];
    };
    expect(body.period.from.startsWith('2026-11-23')).toBe(true);
    const grid = body.items.find((i) => i.unit.id === 'YT-JC-01');
    expect(grid).toMatchObject({ received: 1, signOffOnTime: { onTime: 1, total: 1 } });

    const csv = await operator.request('GET', '/api/evaluation.csv?unitKind=grid&period=week&lang=zh-CN');
    expect(csv.status).toBe(200);
    const text = String(csv.body);
    // fetch's text() drops a BOM, so look at the bytes: EF BB BF.
    const raw = await fetch(`${ts.baseUrl}/api/evaluation.csv?unitKind=grid&period=week`, {
      headers: { cookie: operator.cookie },
    });
    expect(raw.headers.get('content-type')).toContain('text/csv');
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('按时签收率');
    expect(text.split('\r\n').length).toBeGreaterThanOrEqual(3);

    const bad = await operator.request(
      'GET',
      '/api/evaluation?period=custom&from=2026-11-30T00:00:00Z&to=2026-11-01T00:00:00Z',
    );
    expect(bad.status).toBe(400);
    expect((await gridworker.request('GET', '/api/evaluation?unitKind=village')).status).toBe(200);
  });

  it('counts a rework (核查不通过) from the timeline and the callback at its close time', async () => {
    now = new Date('2026-11-23T11:00:00+08:00');
    const id = await registered('sanitation');
    await command(operator, id, {
      type: 'dispatch',
      assignee: { kind: 'staff', id: 'S-YT-JC-01-grid_worker' },
    });
    await command(gridworker, id, { type: 'accept' });
    await command(gridworker, id, { type: 'start' });
    await command(gridworker, id, { type: 'resolve', report: '已清理' });
    await command(inspector, id, { type: 'verify_fail', reason: '仍有垃圾' });
    await command(gridworker, id, { type: 'accept' });
    await command(gridworker, id, { type: 'start' });
    await command(gridworker, id, { type: 'resolve', report: '已彻底清理' });
    await command(inspector, id, { type: 'verify_pass' });
    await command(operator, id, { type: 'close', satisfaction: 'basically_satisfied' });
    const res = await operator.request(
      'GET',
      '/api/evaluation?unitKind=grid&period=custom&from=2026-11-23T00:00:00%2B08:00&to=2026-11-24T00:00:00%2B08:00',
    );
    const grid = (
      res.body as { items: { unit: { id: string }; reworkRate: unknown; satisfaction: unknown }[] }
    ).items.find((i) => i.unit.id === 'YT-JC-01');
    expect(grid?.reworkRate).toEqual({ reworked: 1, resolved: 1, rate: 1 });
    expect(grid?.satisfaction).toMatchObject({ basic: 1, rate: 0.5 });
  });
});
