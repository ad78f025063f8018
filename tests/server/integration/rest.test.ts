import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  DEMO_PASSWORD,
  login,
  newOrderBody,
  startTestServer,
  type Session,
  type TestServer,
} from '../../helpers/test-server';

interface Order {
  id: string;
  number: string;
  version: number;
  status: string;
  gridId: string | null;
  reporter: { name?: string; phone?: string } | null;
}
interface List<T> {
  items: T[];
  total: number;
}

let t: TestServer;
let operator: Session;

beforeAll(async () => {
  t = await startTestServer();
  operator = await login(t.baseUrl, 'operator');
});
afterAll(() => t.stop());

const count = async (): Promise<number> =>
  ((await operator.request('GET', '/api/work-orders?limit=1')).body as List<Order>).total;

describe('reference data of the seeded town', () => {
  it('has 51 grids, 47 basic and 4 specialised', async () => {
    const res = await operator.request('GET', '/api/grids');
    const grids = (res.body as List<{ type: string; grid_id: string; village_id: string | null }>).items;
    expect(grids).toHaveLength(51);
    expect(grids.filter((g) => g.type === 'basic')).toHaveLength(47);
    expect(grids.filter((g) => g.type === 'specialised')).toHaveLength(4);
  });

  it('has at least 300 cameras and 280 staff, every basic grid with all seven roles', async () => {
    const cams = (await operator.request('GET', '/api/cameras?limit=1000')).body as List<unknown>;
    expect(cams.items.length).toBeGreaterThanOrEqual(300);
    const staff = (await operator.request('GET', '/api/staff?limit=1000')).body as List<{
      role: string;
      gridIds: string[];
    }>;
    expect(staff.items.length).toBeGreaterThanOrEqual(280);
    const grids = (
      (await operator.request('GET', '/api/grids')).body as List<{ type: string; grid_id: string }>
    ).items;
    for (const g of grids.filter((x) => x.type === 'basic')) {
      const roles = new Set(staff.items.filter((m) => m.gridIds.includes(g.grid_id)).map((m) => m.role));
      expect([...roles].sort(), g.grid_id).toEqual([
        'grid_leader',
        'grid_worker',
        'informant',
        'inspector',
        'legal_officer',
        'liaison',
        'patroller',
      ]);
    }
  });

  it('lists pages of at most 1000 and rejects a larger limit', async () => {
    expect((await operator.request('GET', '/api/cameras?limit=1001')).status).toBe(400);
  });
});

describe('sessions and roles', () => {
  it('answers 401 without a session, and health without one', async () => {
    expect((await api(t.baseUrl, 'GET', '/api/work-orders')).status).toBe(401);
    expect((await api(t.baseUrl, 'GET', '/api/health')).status).toBe(200);
  });

  it('refuses a wrong password with 401', async () => {
    const res = await api(t.baseUrl, 'POST', '/api/auth/login', { username: 'operator', password: 'nope' });
    expect(res.status).toBe(401);
  });

  it('answers 429 after ten failed logins for one user name, even with the right password', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await api(t.baseUrl, 'POST', '/api/auth/login', {
        username: 'leader',
        password: `wrong-${i}`,
      });
      expect(res.status).toBe(401);
    }
    const locked = await api(t.baseUrl, 'POST', '/api/auth/login', {
      username: 'leader',
      password: DEMO_PASSWORD,
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another user from the same address is not affected.
    expect(
      (await api(t.baseUrl, 'POST', '/api/auth/login', { username: 'admin', password: DEMO_PASSWORD }))
        .status,
    ).toBe(200);
  });

  it('answers 403 when the wall kiosk tries to create an order, and stores nothing', async () => {
    const wall = await login(t.baseUrl, 'wall');
    const before = await count();
    const res = await wall.request('POST', '/api/work-orders', newOrderBody('大屏不能建单'));
    expect(res.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('returns the user with its links from /api/auth/me', async () => {
    const gw = await login(t.baseUrl, 'gridworker');
    const me = (await gw.request('GET', '/api/auth/me')).body as {
      user: { role: string; gridIds: string[] };
    };
    expect(me.user.role).toBe('grid_worker');
    expect(me.user.gridIds).toEqual(['YT-JC-01']);
  });
});

describe('work orders over REST', () => {
  it('creates an order with a readable number, located in its grid', async () => {
    const res = await operator.request('POST', '/api/work-orders', newOrderBody('东门垃圾堆积'));
    expect(res.status).toBe(201);
    const order = res.body as Order;
    expect(order.number).toMatch(/^YT-\d{8}-\d{4}$/);
    expect(order.gridId).toBe('YT-JC-01');
    const byNumber = await operator.request('GET', `/api/work-orders/${order.number}`);
    expect((byNumber.body as Order).id).toBe(order.id);
  });

  it.each([
    ['no title', { source: 'phone', location: { lat: 34.88, lng: 116.85 } }],
    ['bad source', newOrderBody('x', { source: 'fax' })],
    ['latitude out of range', newOrderBody('x', { location: { lat: 123, lng: 116.85 } })],
    ['bad priority', newOrderBody('x', { priority: 'P9' })],
    ['not JSON', '{"title":'],
  ])('answers 400 for %s and stores nothing', async (_name, body) => {
    const before = await count();
    const res = await operator.request('POST', '/api/work-orders', body);
    expect(res.status).toBe(400);
    expect((res.body as { error: { code: string; message: string } }).error.message).toBeTruthy();
    expect(await count()).toBe(before);
  });

  it('answers 400 for a command without its required reason, and changes nothing', async () => {
    const order = (await operator.request('POST', '/api/work-orders', newOrderBody('缺少理由')))
      .body as Order;
    const res = await operator.request('POST', `/api/work-orders/${order.id}/commands`, {
      type: 'reject',
      expectedVersion: 1,
    });
    expect(res.status).toBe(400);
    expect((res.body as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty('reason');
    const after = (await operator.request('GET', `/api/work-orders/${order.id}`)).body as Order;
    expect(after.version).toBe(1);
  });

  it('answers 409 naming the rule for an illegal transition and for a stale version', async () => {
    const order = (await operator.request('POST', '/api/work-orders', newOrderBody('非法流转')))
      .body as Order;
    const illegal = await operator.request('POST', `/api/work-orders/${order.id}/commands`, {
      type: 'close',
      expectedVersion: 1,
      satisfaction: 'satisfied',
    });
    expect(illegal.status).toBe(409);
    expect((illegal.body as { error: { rule: string } }).error.rule).toBeTruthy();
    const stale = await operator.request('POST', `/api/work-orders/${order.id}/commands`, {
      type: 'register',
      expectedVersion: 7,
      category: 'sanitation',
      priority: 'P3',
    });
    expect(stale.status).toBe(409);
    expect((stale.body as { error: { rule: string } }).error.rule).toBe('WO-VERSION');
  });

  it('replays an Idempotency-Key with the first response and refuses it for another body (422)', async () => {
    const key = 'idem-test-1';
    const first = await operator.request('POST', '/api/work-orders', newOrderBody('幂等建单'), {
      'idempotency-key': key,
    });
    const again = await operator.request('POST', '/api/work-orders', newOrderBody('幂等建单'), {
      'idempotency-key': key,
    });
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    const other = await operator.request('POST', '/api/work-orders', newOrderBody('另一张单'), {
      'idempotency-key': key,
    });
    expect(other.status).toBe(422);
  });

  it('runs the closed loop and shows it on the timeline', async () => {
    const gw = await login(t.baseUrl, 'gridworker');
    const inspector = await login(t.baseUrl, 'inspector');
    let order = (await operator.request('POST', '/api/work-orders', newOrderBody('路灯不亮'))).body as Order;
    const run = async (s: Session, cmd: Record<string, unknown>): Promise<Order> => {
      const res = await s.request('POST', `/api/work-orders/${order.id}/commands`, {
        expectedVersion: order.version,
        ...cmd,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as Order;
    };
    order = await run(operator, { type: 'register', category: 'infrastructure', priority: 'P3' });
    order = await run(operator, {
      type: 'dispatch',
      assignee: { kind: 'staff', id: 'S-YT-JC-01-grid_worker' },
    });
    order = await run(gw, { type: 'accept' });
    order = await run(gw, { type: 'start' });
    order = await run(gw, { type: 'resolve', report: '已更换灯泡' });
    const self = await gw.request('POST', `/api/work-orders/${order.id}/commands`, {
      type: 'verify_pass',
      expectedVersion: order.version,
    });
    expect(self.status).toBe(403);
    expect((self.body as { error: { rule: string } }).error.rule).toBe('WO21');
    order = await run(inspector, { type: 'verify_pass' });
    order = await run(operator, { type: 'close', satisfaction: 'satisfied' });
    expect(order.status).toBe('closed');
    const detail = (await operator.request('GET', `/api/work-orders/${order.id}`)).body as {
      timeline: { action: string; seq: number }[];
    };
    expect(detail.timeline.map((e) => e.action)).toEqual([
      'create',
      'register',
      'dispatch',
      'accept',
      'start',
      'resolve',
      'verify_pass',
      'close',
    ]);
    const seqs = detail.timeline.map((e) => e.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });

  it('refuses a dispatch to staff outside the order grid with 400', async () => {
    const order = (await operator.request('POST', '/api/work-orders', newOrderBody('派错网格')))
      .body as Order;
    const reg = (
      await operator.request('POST', `/api/work-orders/${order.id}/commands`, {
        type: 'register',
        expectedVersion: 1,
        category: 'sanitation',
        priority: 'P3',
      })
    ).body as Order;
    const res = await operator.request('POST', `/api/work-orders/${order.id}/commands`, {
      type: 'dispatch',
      expectedVersion: reg.version,
      assignee: { kind: 'staff', id: 'S-YT-JC-02-grid_worker' },
    });
    expect(res.status).toBe(400);
  });

  it('masks the caller for the wall and keeps it for the operator', async () => {
    const created = (
      await operator.request(
        'POST',
        '/api/work-orders',
        newOrderBody('来电反映噪音', { reporter: { name: '王小明', phone: '13912345678' } }),
      )
    ).body as Order;
    expect(created.reporter).toEqual({ name: '王小明', phone: '13912345678' });
    const wall = await login(t.baseUrl, 'wall');
    const seen = (await wall.request('GET', `/api/work-orders/${created.id}`)).body as Order;
    expect(seen.reporter).toEqual({ name: '王**', phone: '139****5678' });
  });

  it('filters by status and finds by text (number, title, phone)', async () => {
    const created = (
      await operator.request(
        'POST',
        '/api/work-orders',
        newOrderBody('独特标题甲乙丙', { reporter: { phone: '13700001111' } }),
      )
    ).body as Order;
    for (const q of [created.number, '甲乙丙', '13700001111']) {
      const res = (await operator.request('GET', `/api/work-orders?q=${encodeURIComponent(q)}`))
        .body as List<Order>;
      expect(res.items.map((o) => o.id)).toContain(created.id);
    }
    const byStatus = (await operator.request('GET', '/api/work-orders?status=closed&limit=1000'))
      .body as List<Order>;
    expect(byStatus.items.every((o) => o.status === 'closed')).toBe(true);
  });
});

describe('OpenAPI', () => {
  it('documents every registered route', async () => {
    const doc = (await api(t.baseUrl, 'GET', '/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = t.server.app.registeredRoutes.filter(
      (r) => r.url.startsWith('/api/') && r.method !== 'HEAD',
    );
    expect(routes.length).toBeGreaterThan(10);
    for (const r of routes) {
      const path = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.url}`).toBeDefined();
    }
  });
});
