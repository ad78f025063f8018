import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import { api, login, startTestServer, type Session, type TestServer } from '../../helpers/test-server';

let ts: TestServer;
let operator: Session;
let wall: Session;

beforeAll(async () => {
  ts = await startTestServer();
  [operator, wall] = await Promise.all([login(ts.baseUrl, 'operator'), login(ts.baseUrl, 'wall')]);
});
afterAll(() => ts.stop());

const A = { lat: 34.8809, lng: 116.85527 };
/** 150 m north of A (1° of latitude ≈ 111 195 m). */
const NEAR = { lat: A.lat + 150 / 111_195, lng: A.lng };
/** 300 m north of A. */
const FAR = { lat: A.lat + 300 / 111_195, lng: A.lng };

async function create(body: Record<string, unknown>): Promise<WorkOrder> {
  const res = await operator.request('POST', '/api/work-orders', { source: 'phone', ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as WorkOrder;
}

describe('triage aids over REST', () => {
  it('suggests a category and priority, and refuses bad input and the wrong roles', async () => {
    const res = await operator.request('POST', '/api/triage/suggest', {
      description: '小区门口垃圾堆了好几天没人清，臭气熏天',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ category: 'sanitation', priority: 'P3' });
    expect((res.body as { keywords: string[] }).keywords.length).toBeGreaterThan(0);
    expect((await operator.request('POST', '/api/triage/suggest', { description: '  ' })).status).toBe(400);
    expect((await operator.request('POST', '/api/triage/suggest', {})).status).toBe(400);
    expect((await wall.request('POST', '/api/triage/suggest', { description: '路灯坏了' })).status).toBe(403);
    expect((await api(ts.baseUrl, 'POST', '/api/triage/suggest', { description: '路灯坏了' })).status).toBe(
      401,
    );
  });

  it('finds places by name or alias in the offline gazetteer', async () => {
    const res = await operator.request('GET', `/api/gazetteer?q=${encodeURIComponent('镇政府')}&limit=5`);
    expect(res.status).toBe(200);
    const items = (res.body as { items: { kind: string; name: string; lat: number }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.kind).toBe('landmark');
    expect((await operator.request('GET', '/api/gazetteer?q=')).body).toEqual({ items: [] });
    expect((await operator.request('GET', '/api/gazetteer?q=x&limit=0')).status).toBe(400);
  });

  it('suggests duplicates: same category nearby, or the same caller; not a far one', async () => {
    const first = await create({ title: '垃圾桶满溢', description: '垃圾桶满了溢出来', location: A });
    const near = await create({ title: '垃圾没人清', description: '路边垃圾堆积没人清运', location: NEAR });
    const far = await create({ title: '垃圾堆积', description: '垃圾堆积发臭', location: FAR });
    const caller = await create({
      title: '路灯不亮',
      description: '村口路灯坏了',
      location: FAR,
      reporter: { name: '王先生', phone: '138-0000-1111' },
    });
    const again = await create({
      title: '还是路灯',
      description: '上次说的路灯还没修',
      location: A,
      reporter: { phone: '+86 13800001111' },
    });
    const dups = async (id: string) =>
      (
        (await operator.request('GET', `/api/work-orders/${id}/duplicates`)).body as {
          items: { id: string; reasons: string[]; distanceM: number | null }[];
        }
      ).items;
    const ofNear = await dups(near.id);
    expect(ofNear.map((d) => d.id)).toContain(first.id);
    expect(ofNear.find((d) => d.id === first.id)?.reasons).toEqual(['nearby-same-category']);
    expect((await dups(far.id)).map((d) => d.id)).not.toContain(first.id);
    expect((await dups(again.id)).find((d) => d.id === caller.id)?.reasons).toEqual(['same-caller']);
    expect((await operator.request('GET', '/api/work-orders/nope/duplicates')).status).toBe(404);
  });
});
