import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSimHttpClient,
  SimLoginError,
  SimNetworkError,
} from '../../../src/server/simulator/http-client';

interface Seen {
  method: string;
  path: string;
  cookie: string | null;
  key: string | null;
}

/** A tiny server whose routes the test defines; it records what every request carried. */
async function serve(
  route: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        path: req.url ?? '',
        cookie: req.headers.cookie ?? null,
        key: (req.headers['idempotency-key'] as string | undefined) ?? null,
      });
      route(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
});

const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

/** Logins hand out gc_session=s1, s2 …; `valid` holds the sessions the server still honours. */
function sessionServer(valid: Set<string>) {
  let n = 0;
  return (req: IncomingMessage, res: ServerResponse, body: string): boolean => {
    if (req.url !== '/api/auth/login') return false;
    const { password } = JSON.parse(body) as { password: string };
    if (password !== 'pw') {
      json(res, 401, { error: { code: 'bad_credentials', message: 'no' } });
      return true;
    }
    const token = `s${++n}`;
    valid.add(token);
    json(res, 200, { user: {} }, { 'set-cookie': `gc_session=${token}; Path=/; HttpOnly; SameSite=Lax` });
    return true;
  };
}
const sessionOf = (req: IncomingMessage): string | null =>
  /gc_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? null;

describe('simulator HTTP client', () => {
  it('logs in lazily, once per user, and sends the session cookie back', async () => {
    const valid = new Set<string>();
    const login = sessionServer(valid);
    const { url, seen } = await serve((req, res, body) => {
      if (login(req, res, body)) return;
      json(res, valid.has(sessionOf(req) ?? '') ? 200 : 401, { ok: true });
    });
    const client = createSimHttpClient({ baseUrl: url, password: 'pw' });
    expect(seen).toHaveLength(0);
    const [a, b] = await Promise.all([client.get('alice', '/api/x'), client.get('alice', '/api/y')]);
    await client.get('bob', '/api/z');
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(seen.filter((s) => s.path === '/api/auth/login')).toHaveLength(2);
    expect(seen.find((s) => s.path === '/api/x')?.cookie).toBe('gc_session=s1');
    expect(seen.find((s) => s.path === '/api/z')?.cookie).toBe('gc_session=s2');
  });

  it('logs in again after a 401 and repeats the write with the same Idempotency-Key', async () => {
    const valid = new Set<string>();
    const login = sessionServer(valid);
    const applied: string[] = [];
    const { url, seen } = await serve((req, res, body) => {
      if (login(req, res, body)) return;
      const session = sessionOf(req) ?? '';
      if (!valid.has(session)) return json(res, 401, { error: { code: 'unauthorized', message: '' } });
      // The server restarts and forgets every session after the first write.
      applied.push(req.headers['idempotency-key'] as string);
      valid.clear();
      json(res, 201, { id: 'wo-1' });
    });
    const client = createSimHttpClient({ baseUrl: url, password: 'pw' });
    expect((await client.post('op', '/api/work-orders', { title: 'a' })).status).toBe(201);
    const second = await client.post('op', '/api/work-orders', { title: 'b' });
    expect(second.status).toBe(201);
    const writes = seen.filter((s) => s.path === '/api/work-orders');
    expect(writes.map((w) => w.cookie)).toEqual(['gc_session=s1', 'gc_session=s1', 'gc_session=s2']);
    expect(writes[1]!.key).toBe(writes[2]!.key);
    expect(writes[0]!.key).not.toBe(writes[1]!.key);
    expect(applied).toHaveLength(2);
  });

  it('retries a dropped write with the same Idempotency-Key, so it is applied once', async () => {
    const valid = new Set<string>();
    const login = sessionServer(valid);
    const applied = new Map<string, { status: number; body: unknown }>();
    let dropped = 0;
    const { url, seen } = await serve((req, res, body) => {
      if (login(req, res, body)) return;
      const key = req.headers['idempotency-key'] as string;
      const first = applied.get(key);
      if (first) return json(res, first.status, first.body);
      applied.set(key, { status: 201, body: { id: `wo-${applied.size + 1}` } });
      // Applied, but the answer is lost on the way back: the client only sees a dead connection.
      if (dropped++ === 0) return void req.socket.destroy();
      json(res, 201, applied.get(key)!.body);
    });
    const client = createSimHttpClient({ baseUrl: url, password: 'pw', backoffMs: 1 });
    const res = await client.post('hotline', '/api/work-orders', { title: '路灯不亮' });
    expect(res).toEqual({ status: 201, body: { id: 'wo-1' } });
    const writes = seen.filter((s) => s.path === '/api/work-orders');
    expect(writes).toHaveLength(2);
    expect(writes[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(writes[1]!.key).toBe(writes[0]!.key);
    expect(applied.size).toBe(1);
  });

  it('sends no Idempotency-Key on reads', async () => {
    const valid = new Set<string>();
    const login = sessionServer(valid);
    const { url, seen } = await serve((req, res, body) => login(req, res, body) || json(res, 200, {}));
    const client = createSimHttpClient({ baseUrl: url, password: 'pw' });
    await client.get('op', '/api/work-orders');
    expect(seen.at(-1)).toMatchObject({ method: 'GET', key: null });
  });

  it('reports a refused login and a server that never answers as distinct errors', async () => {
    const valid = new Set<string>();
    const login = sessionServer(valid);
    const { url } = await serve((req, res, body) => login(req, res, body) || json(res, 200, {}));
    const wrong = createSimHttpClient({ baseUrl: url, password: 'nope' });
    await expect(wrong.get('op', '/api/x')).rejects.toBeInstanceOf(SimLoginError);

    const dead = await serve((req) => req.socket.destroy());
    const client = createSimHttpClient({ baseUrl: dead.url, password: 'pw', attempts: 3, backoffMs: 1 });
    await expect(client.post('op', '/api/x', {})).rejects.toBeInstanceOf(SimNetworkError);
    expect(dead.seen).toHaveLength(3);
  });
});
