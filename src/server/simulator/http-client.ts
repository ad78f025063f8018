import { randomUUID } from 'node:crypto';

export interface SimResponse {
  status: number;
  /** Parsed JSON, or null for an empty or non-JSON body. */
  body: unknown;
}

/** The request never got an answer, even after the retries (connection refused, dropped, timed out). */
export class SimNetworkError extends Error {
  override readonly name = 'SimNetworkError';
}

/** Login refused: the user is not seeded, or the password is wrong. */
export class SimLoginError extends Error {
  override readonly name = 'SimLoginError';
  constructor(
    readonly username: string,
    readonly status: number,
  ) {
    super(`login as ${username} failed with ${status}`);
  }
}

export interface SimHttpClient {
  get(username: string, path: string): Promise<SimResponse>;
  /** A write: sends an Idempotency-Key, kept the same across retries of this one call. */
  post(username: string, path: string, body: object): Promise<SimResponse>;
  /** Stops retrying: pending retries give up at their next attempt. */
  close(): void;
}

export interface SimHttpClientOptions {
  baseUrl: string;
  password: string;
  /** Attempts per request when the network fails or the server answers 503 (default 4). */
  attempts?: number;
  /** First back-off in ms, doubled at each retry (default 250). */
  backoffMs?: number;
  /** Per-attempt timeout in ms (default 15 s). */
  timeoutMs?: number;
  /** Requests in flight at once, so the simulator never floods the server (default 6). */
  maxConcurrent?: number;
  newKey?: () => string;
}

const SESSION_COOKIE = 'gc_session';

interface RawResponse extends SimResponse {
  setCookie: string[];
}
/** Worth retrying with the same key: the server was unavailable or asked us to slow down. */
const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/**
 * The simulator's HTTP client: one session cookie per simulated user (logged in lazily, again after
 * a 401), an Idempotency-Key on every write, and retries of the very same request on a network error
 * so that a write the server did apply is replayed, not applied twice.
 */
export function createSimHttpClient(opts: SimHttpClientOptions): SimHttpClient {
  const attempts = opts.attempts ?? 4;
  const backoffMs = opts.backoffMs ?? 250;
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const newKey = opts.newKey ?? randomUUID;
  const cookies = new Map<string, Promise<string>>();
  const gate = createGate(opts.maxConcurrent ?? 6);
  let closed = false;

  /** One request with its retries; `init` is rebuilt per attempt so its headers are fresh. */
  async function send(path: string, init: () => RequestInit): Promise<RawResponse> {
    let lastError: unknown = null;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) {
        await sleep(backoffMs * 2 ** (attempt - 1));
        if (closed) break;
      }
      try {
        const res = await gate(async () => {
          const r = await fetch(new URL(path, opts.baseUrl), {
            ...init(),
            signal: AbortSignal.timeout(timeoutMs),
          });
          return { status: r.status, body: await readJson(r), setCookie: r.headers.getSetCookie() };
        });
        if (RETRY_STATUSES.has(res.status) && attempt < attempts - 1) continue;
        return res;
      } catch (error) {
        lastError = error;
      }
    }
    throw new SimNetworkError(`${path}: no answer after ${attempts} attempts`, { cause: lastError });
  }

  function login(username: string): Promise<string> {
    const pending = (async () => {
      const res = await send('/api/auth/login', () => ({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: opts.password }),
      }));
      const cookie = res.setCookie
        .map((c) => c.split(';')[0]!.trim())
        .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
      if (res.status !== 200 || !cookie) throw new SimLoginError(username, res.status);
      return cookie;
    })();
    cookies.set(username, pending);
    // A failed login must not stick: the next request tries again.
    pending.catch(() => {
      if (cookies.get(username) === pending) cookies.delete(username);
    });
    return pending;
  }

  async function request(
    username: string,
    method: string,
    path: string,
    body?: object,
  ): Promise<SimResponse> {
    const key = body === undefined ? null : newKey();
    const once = async (session: Promise<string>): Promise<SimResponse> => {
      const cookie = await session;
      const res = await send(path, () => ({
        method,
        headers: {
          cookie,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(key === null ? {} : { 'idempotency-key': key }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }));
      return { status: res.status, body: res.body };
    };
    const session = cookies.get(username) ?? login(username);
    const first = await once(session);
    if (first.status !== 401) return first;
    // The session expired or the server lost it: log in again (once, however many requests of this
    // user saw the 401) and repeat with the same key — a 401 was not applied, so this writes once.
    const current = cookies.get(username);
    return once(current !== undefined && current !== session ? current : login(username));
  }

  return {
    get: (username, path) => request(username, 'GET', path),
    post: (username, path, body) => request(username, 'POST', path, body),
    close: () => {
      closed = true;
    },
  };
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A counting semaphore: at most `limit` tasks run at once, the rest wait in order. */
function createGate(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
