import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';

export interface Reply {
  status: number;
  body: unknown;
  /** From sending the request to having the whole response body, in ms. */
  ms: number;
}

/**
 * Keep-alive connections, at most 64 at a time: a command centre's clients (consoles,
 * integrations) hold a few dozen connections, not one per outstanding command. If the server
 * falls behind, commands wait here and the round trip shows it. node:http rather than fetch:
 * undici opens a connection per concurrent request and costs the load generator far more CPU.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One JSON request; writes carry a fresh Idempotency-Key as real clients must. */
export function call(
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  cookie: string | null,
  body?: unknown,
): Promise<Reply> {
  const t0 = performance.now();
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const headers: Record<string, string | number> = {};
  if (cookie) headers.cookie = cookie;
  if (payload) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = payload.length;
  }
  if (method === 'POST') headers['idempotency-key'] = randomUUID();
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          // Not JSON: keep the text for the error message.
        }
        resolve({ status: res.statusCode ?? 0, body: parsed, ms: performance.now() - t0 });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Logs in and returns the `gc_session=…` pair to send as a Cookie header. */
export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  await res.text();
  if (res.status !== 200) throw new Error(`login ${username}: HTTP ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.includes('=')) throw new Error(`login ${username}: no session cookie`);
  return cookie;
}

/**
 * `count` sessions, the users taken round-robin. Each login is an argon2 verify (~30 ms of CPU),
 * so only a few run at once.
 */
export async function loginMany(
  baseUrl: string,
  users: readonly string[],
  password: string,
  count: number,
  concurrency = 4,
): Promise<string[]> {
  const cookies: string[] = new Array<string>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      cookies[i] = await login(baseUrl, users[i % users.length] ?? 'wall', password);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return cookies;
}
