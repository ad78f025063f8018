import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteRepository } from '../../../src/server/db/sqlite/sqlite-repository';
import { KioskTokens } from '../../../src/server/services/kiosk-tokens';
import {
  api,
  login,
  newOrderBody,
  once,
  socketFor,
  startTestServer,
  type Session,
  type TestServer,
} from '../../helpers/test-server';

interface Token {
  id: string;
  name: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  path?: string;
}

let t: TestServer;
let admin: Session;
let operator: Session;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestServer();
  [admin, operator] = await Promise.all([login(t.baseUrl, 'admin'), login(t.baseUrl, 'operator')]);
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await t.stop();
});

const db = () => (t.server.app.context.repo as SqliteRepository).raw;
const auditRows = (action: string): Array<{ user_id: string | null; detail: string }> =>
  db().prepare('SELECT user_id, detail FROM audit_log WHERE action = ? ORDER BY at').all(action) as Array<{
    user_id: string | null;
    detail: string;
  }>;
const list = async (): Promise<Token[]> => {
  const res = await admin.request('GET', '/api/admin/kiosk-tokens');
  expect(res.status).toBe(200);
  return (res.body as { items: Token[] }).items;
};
const secretOf = (path: string): string => new URLSearchParams(path.split('?')[1]).get('token') ?? '';

/** Exchanges a token like the SPA does; the session of the answer, or its status. */
async function exchange(secret: string, cookie = ''): Promise<{ status: number; session: Session | null }> {
  const res = await api(t.baseUrl, 'POST', '/api/auth/kiosk', { token: secret }, cookie ? { cookie } : {});
  const set = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const sessionCookie = set || cookie;
  return {
    status: res.status,
    session:
      res.status === 200
        ? {
            cookie: sessionCookie,
            request: (method, path, body, headers = {}) =>
              api(t.baseUrl, method, path, body, { cookie: sessionCookie, ...headers }),
          }
        : null,
  };
}

describe('issuing and listing kiosk tokens (admin only)', () => {
  it('refuses the anonymous (401), the operator (403) and a bad name (400); nothing is created', async () => {
    expect((await api(t.baseUrl, 'POST', '/api/admin/kiosk-tokens', { name: '大屏' })).status).toBe(401);
    expect((await operator.request('POST', '/api/admin/kiosk-tokens', { name: '大屏' })).status).toBe(403);
    expect((await operator.request('GET', '/api/admin/kiosk-tokens')).status).toBe(403);
    for (const body of [{}, { name: '   ' }, { name: 'x'.repeat(41) }, { name: 7 }]) {
      const res = await admin.request('POST', '/api/admin/kiosk-tokens', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((res.body as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty('name');
    }
    expect(await list()).toEqual([]);
    expect(auditRows('kiosk_token_issue')).toEqual([]);
  });

  it('issues a token whose URL is shown once; the list and the store hold no secret', async () => {
    const res = await admin.request('POST', '/api/admin/kiosk-tokens', { name: ' 一楼指挥大屏 ' });
    expect(res.status).toBe(201);
    const issued = res.body as Token;
    expect(issued).toMatchObject({
      name: '一楼指挥大屏',
      createdBy: 'u-admin',
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(issued.path).toMatch(/^\/wall\?token=[A-Za-z0-9_-]{43}$/);
    expect(issued.createdAt).toMatch(/\+08:00$/);
    const secret = secretOf(issued.path!);

    const listed = await list();
    const { path: _path, ...withoutPath } = issued;
    expect(listed).toEqual([withoutPath]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const stored = db().prepare('SELECT * FROM kiosk_tokens').all() as Array<Record<string, unknown>>;
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(auditRows('kiosk_token_issue'))).not.toContain(secret);
    expect(auditRows('kiosk_token_issue')).toHaveLength(1);
  });
});

describe('a wall display signing in with its token', () => {
  let token: Token;
  let secret: string;
  let kiosk: Session;

  beforeAll(async () => {
    token = (await admin.request('POST', '/api/admin/kiosk-tokens', { name: '二楼会商室' })).body as Token;
    secret = secretOf(token.path!);
    const res = await exchange(secret);
    expect(res.status).toBe(200);
    kiosk = res.session!;
  });

  it('gets a read-only wall_kiosk session of its own, named after the token', async () => {
    const me = (await kiosk.request('GET', '/api/auth/me')).body as { user: Record<string, unknown> };
    expect(me.user).toMatchObject({
      id: `u-kiosk-${token.id}`,
      role: 'wall_kiosk',
      displayName: '二楼会商室',
    });
    expect((await list()).find((x) => x.id === token.id)?.lastUsedAt).toMatch(/\+08:00$/);
    expect(auditRows('kiosk_login').map((r) => r.user_id)).toContain(`u-kiosk-${token.id}`);
  });

  it('reads the orders, the wall and the map, and may not create, command or administer', async () => {
    expect((await kiosk.request('GET', '/api/work-orders?limit=5')).status).toBe(200);
    expect((await kiosk.request('GET', '/api/wall/summary')).status).toBe(200);
    expect((await kiosk.request('GET', '/api/map/layers')).status).toBe(200);
    expect((await kiosk.request('POST', '/api/work-orders', newOrderBody('大屏不能建单'))).status).toBe(403);
    const order = (await operator.request('POST', '/api/work-orders', newOrderBody('大屏只读'))).body as {
      id: string;
      version: number;
    };
    const command = await kiosk.request('POST', `/api/work-orders/${order.id}/commands`, {
      type: 'register',
      expectedVersion: order.version,
      category: 'sanitation',
      priority: 'P3',
    });
    expect(command.status).toBe(403);
    expect((await kiosk.request('POST', '/api/admin/kiosk-tokens', { name: 'x' })).status).toBe(403);
    expect((await kiosk.request('POST', '/api/admin/map-layers', { villages: {}, grids: {} })).status).toBe(
      403,
    );
  });

  it('keeps its session when it signs in again with it, and replaces anyone else’s', async () => {
    const again = await exchange(secret, kiosk.cookie);
    expect(again.status).toBe(200);
    const sessions = () =>
      (
        db().prepare('SELECT COUNT(*) AS n FROM sessions WHERE user_id = ?').get(`u-kiosk-${token.id}`) as {
          n: number;
        }
      ).n;
    expect(sessions()).toBe(1);
    const leader = await login(t.baseUrl, 'leader');
    const switched = await exchange(secret, leader.cookie);
    expect(switched.session?.cookie).not.toBe(leader.cookie);
    expect((await leader.request('GET', '/api/auth/me')).status).toBe(401);
    expect(sessions()).toBe(2);
  });

  it('refuses an unknown token with 401', async () => {
    expect((await exchange('not-a-token-at-all-0123456789')).status).toBe(401);
    expect(auditRows('kiosk_login_failed').length).toBeGreaterThan(0);
  });

  it('revocation refuses the token and ends its sessions, REST and socket alike; audited once', async () => {
    const socket = socketFor(t.baseUrl, kiosk);
    sockets.push(socket);
    await once(socket, 'connect');
    expect((await operator.request('POST', `/api/admin/kiosk-tokens/${token.id}/revoke`)).status).toBe(403);
    expect((await admin.request('POST', '/api/admin/kiosk-tokens/nope/revoke')).status).toBe(404);

    const dropped = once<string>(socket, 'disconnect');
    const res = await admin.request('POST', `/api/admin/kiosk-tokens/${token.id}/revoke`);
    expect(res.status).toBe(200);
    // The open feed is closed by the server at once, not left running until it reconnects.
    expect(await dropped).toBe('io server disconnect');
    expect((res.body as Token).revokedAt).toMatch(/\+08:00$/);
    expect((await exchange(secret)).status).toBe(401);
    expect((await kiosk.request('GET', '/api/work-orders?limit=1')).status).toBe(401);
    const reconnect = socketFor(t.baseUrl, kiosk);
    sockets.push(reconnect);
    expect((await once<Error>(reconnect, 'connect_error')).message).toBe('unauthorized');

    expect((await admin.request('POST', `/api/admin/kiosk-tokens/${token.id}/revoke`)).status).toBe(200);
    const revokes = auditRows('kiosk_token_revoke');
    expect(revokes).toHaveLength(1);
    expect(JSON.parse(revokes[0]!.detail)).toMatchObject({
      tokenId: token.id,
      sessionsEnded: 2,
      socketsClosed: 1,
    });
    // The wall demo user is untouched by any of this.
    expect((await (await login(t.baseUrl, 'wall')).request('GET', '/api/auth/me')).status).toBe(200);
  });

  it('a kiosk user cannot sign in with a password', async () => {
    const res = await api(t.baseUrl, 'POST', '/api/auth/login', {
      username: `kiosk-${token.id}`,
      password: '!kiosk-token',
    });
    expect(res.status).toBe(401);
  });

  // Last: it blocks this address from exchanging for the rest of the window.
  it('is rate-limited like login: after 10 bad tokens from one address, 429 with Retry-After', async () => {
    for (let i = 0; i < 12; i++) await exchange(`guess-${i}-0123456789abcdef`);
    const res = await api(t.baseUrl, 'POST', '/api/auth/kiosk', { token: 'guess-last-0123456789abcdef' });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('last used', () => {
  it("follows the display's requests, written at most every five minutes", async () => {
    let at = Date.parse('2026-03-02T01:00:00Z');
    const clocked = await startTestServer({}, { now: () => new Date(at) });
    try {
      const boss = await login(clocked.baseUrl, 'admin');
      const issued = (await boss.request('POST', '/api/admin/kiosk-tokens', { name: '值班室' }))
        .body as Token;
      const res = await api(clocked.baseUrl, 'POST', '/api/auth/kiosk', { token: secretOf(issued.path!) });
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const lastUsed = async (): Promise<string | null | undefined> =>
        ((await boss.request('GET', '/api/admin/kiosk-tokens')).body as { items: Token[] }).items[0]
          ?.lastUsedAt;
      expect(await lastUsed()).toBe('2026-03-02T09:00:00.000+08:00');

      at += 60 * 60 * 1000;
      await api(clocked.baseUrl, 'GET', '/api/work-orders?limit=1', undefined, { cookie });
      expect(await lastUsed()).toBe('2026-03-02T10:00:00.000+08:00');
      at += 60 * 1000;
      await api(clocked.baseUrl, 'GET', '/api/work-orders?limit=1', undefined, { cookie });
      expect(await lastUsed()).toBe('2026-03-02T10:00:00.000+08:00');
    } finally {
      await clocked.stop();
    }
  });
});

describe('without demo users (DEMO_USERS=off)', () => {
  it('a token still signs a display in', async () => {
    const bare = await startTestServer({ DEMO_USERS: 'off' });
    try {
      expect(
        (await api(bare.baseUrl, 'POST', '/api/auth/login', { username: 'wall', password: 'x' })).status,
      ).toBe(401);
      const someone = { id: 'u-setup', username: 'setup', displayName: 'setup', role: 'admin' as const };
      const issued = await new KioskTokens(bare.server.app.context.repo, () => new Date()).issue(
        '大屏',
        someone,
      );
      const res = await api(bare.baseUrl, 'POST', '/api/auth/kiosk', { token: secretOf(issued.path) });
      expect(res.status).toBe(200);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect((await api(bare.baseUrl, 'GET', '/api/work-orders?limit=1', undefined, { cookie })).status).toBe(
        200,
      );
    } finally {
      await bare.stop();
    }
  });
});
