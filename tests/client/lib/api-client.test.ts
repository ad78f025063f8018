import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  ApiError,
  apiGet,
  apiPost,
  NetworkError,
  ResponseShapeError,
  withQuery,
} from '../../../src/client/lib/api-client';
import { newIdempotencyKey } from '../../../src/client/lib/idempotency-key';
import { fakeFetch, json } from '../fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api client', () => {
  it('builds query strings without empty values', () => {
    expect(
      withQuery('/api/work-orders', { status: 'new,registered', q: '', grid: undefined, limit: 20 }),
    ).toBe('/api/work-orders?status=new%2Cregistered&limit=20');
    expect(withQuery('/api/work-orders', {})).toBe('/api/work-orders');
  });

  it('validates successful bodies against the schema', async () => {
    vi.stubGlobal('fetch', fakeFetch({ '/api/x': () => ({ n: 1 }) }));
    await expect(apiGet('/api/x', z.object({ n: z.number() }))).resolves.toEqual({ n: 1 });
    await expect(apiGet('/api/x', z.object({ n: z.string() }))).rejects.toBeInstanceOf(ResponseShapeError);
  });

  it("throws ApiError carrying the server's error body", async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        '/api/x': () => json({ error: { code: 'illegal_transition', message: 'no', rule: 'WO4' } }, 409),
        '/api/plain': () => new Response('gateway', { status: 502, statusText: 'Bad Gateway' }),
      }),
    );
    const error = await apiGet('/api/x', z.unknown()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).body).toEqual({ code: 'illegal_transition', message: 'no', rule: 'WO4' });
    const plain = await apiGet('/api/plain', z.unknown()).catch((e: unknown) => e);
    expect((plain as ApiError).code).toBe('http_502');
  });

  it('reports a failed connection as NetworkError', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(apiGet('/api/x', z.unknown())).rejects.toBeInstanceOf(NetworkError);
  });

  it('sends JSON with credentials and an Idempotency-Key on writes', async () => {
    let seen: RequestInit | undefined;
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        '/api/y': (_url, init) => {
          seen = init;
          return { ok: true };
        },
      }),
    );
    await apiPost('/api/y', { a: 1 }, z.unknown(), 'key-1');
    const headers = seen?.headers as Record<string, string>;
    expect(seen?.method).toBe('POST');
    expect(seen?.credentials).toBe('same-origin');
    expect(seen?.body).toBe('{"a":1}');
    expect(headers['Content-Type']).toBe('application/json');
    expect(headers['Idempotency-Key']).toBe('key-1');
    await apiPost('/api/y', {}, z.unknown());
    expect((seen?.headers as Record<string, string>)['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('makes v4 UUID keys even outside a secure context', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
