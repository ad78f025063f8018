import type { z } from 'zod';
import { apiError } from '../../shared/schemas/common';
import type { ApiError as ApiErrorBody } from '../../shared/schemas/common';
import { newIdempotencyKey } from './idempotency-key';

type ErrorBody = ApiErrorBody['error'];

/** A response outside 2xx, carrying the server's `{error}` body (or a synthesised one when it sent none). */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ErrorBody;

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }

  get code(): string {
    return this.body.code;
  }
}

/** The request never got an HTTP answer (offline, DNS, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'NetworkError';
  }
}

/** A 2xx answer that does not match the shared contract: a bug on one side, never the user's fault. */
export class ResponseShapeError extends Error {
  constructor(path: string, issues: string) {
    super(`${path}: ${issues}`);
    this.name = 'ResponseShapeError';
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

export type QueryParams = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query?: QueryParams): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  signal?: AbortSignal;
  /** Reuse one key when retrying the same intent so the server answers the first result again. */
  idempotencyKey?: string;
}

async function readErrorBody(response: Response): Promise<ErrorBody> {
  const fallback: ErrorBody = { code: `http_${response.status}`, message: response.statusText };
  try {
    const parsed = apiError.safeParse(await response.json());
    return parsed.success ? parsed.data.error : fallback;
  } catch {
    return fallback;
  }
}

export async function apiRequest<T>(
  path: string,
  schema: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['Idempotency-Key'] = options.idempotencyKey ?? newIdempotencyKey();

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new NetworkError(cause);
  }

  if (!response.ok) throw new ApiError(response.status, await readErrorBody(response));
  const json: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ResponseShapeError(
      path,
      parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '),
    );
  }
  return parsed.data;
}

export function apiGet<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  return apiRequest(path, schema, { signal });
}

export function apiPost<T>(
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
  idempotencyKey?: string,
): Promise<T> {
  return apiRequest(path, schema, { method: 'POST', body, idempotencyKey });
}
