import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { loadConfig } from '../../src/server/config';
import { startServer, type RunningServer } from '../../src/server/server';

export const DEMO_PASSWORD = 'demo-pass-for-tests';

export interface TestServer {
  server: RunningServer;
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** A real server on port 0 with its own temporary SQLite file; the simulator is off. */
export async function startTestServer(
  env: Record<string, string> = {},
  opts: {
    serveClient?: boolean;
    now?: () => Date;
    oversight?: 'auto' | 'manual';
    /** Start on an existing data directory (a restart); it is removed by stop() all the same. */
    dataDir?: string;
  } = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'gc-test-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_PASSWORD,
    SIMULATOR: 'off',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const server = await startServer(config, {
    serveClient: opts.serveClient ?? false,
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.oversight ? { oversight: opts.oversight } : {}),
  });
  return {
    server,
    baseUrl: `http://127.0.0.1:${server.port}`,
    dataDir,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Session {
  cookie: string;
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: unknown }>;
}

export async function api(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

export async function login(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await api(baseUrl, 'POST', '/api/auth/login', { username, password });
  if (res.status !== 200)
    throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    cookie,
    request: (method, path, body, headers = {}) => api(baseUrl, method, path, body, { cookie, ...headers }),
  };
}

/** A real socket.io client authenticated by the session cookie. */
export function socketFor(baseUrl: string, session: Session, lastSeq?: number): Socket {
  return connect(baseUrl, {
    transports: ['websocket'],
    extraHeaders: { cookie: session.cookie },
    reconnection: false,
    forceNew: true,
    ...(lastSeq !== undefined ? { auth: { lastSeq } } : {}),
  });
}

export function once<T>(socket: Socket, event: string, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Resolves once `predicate` holds, checking after every socket event; rejects after timeoutMs. */
export function until(check: () => boolean, socket: Socket, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => {
      socket.offAny(listener);
      reject(new Error(`condition not met within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (): void => {
      if (!check()) return;
      clearTimeout(timer);
      socket.offAny(listener);
      resolve();
    };
    socket.onAny(listener);
  });
}

/** Inside basic grid YT-JC-01 (杨屯社区第1网格), the demo grid worker's grid. */
export const CENTRE_POINT = { lat: 34.8809, lng: 116.85527 };

export function newOrderBody(title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { source: 'phone', title, description: `${title}，请尽快处理。`, location: CENTRE_POINT, ...extra };
}
