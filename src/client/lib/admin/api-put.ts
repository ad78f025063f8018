import type { z } from 'zod';
import { apiError } from '../../../shared/schemas/common';
import { ApiError, NetworkError, ResponseShapeError } from '../api-client';
import { newIdempotencyKey } from '../idempotency-key';

/**
 * PUT with the same outcomes as `apiRequest` (which speaks only GET and POST): an answer outside 2xx
 * becomes an ApiError carrying the server's `{error}` body, a wrong 2xx shape a ResponseShapeError.
 * Once `apiRequest` accepts 'PUT' this file can go.
 */
export async function apiPut<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Idempotency-Key': newIdempotencyKey(),
      },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiError.safeParse(json);
    throw new ApiError(
      response.status,
      parsed.success ? parsed.data.error : { code: `http_${response.status}`, message: response.statusText },
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ResponseShapeError(
      path,
      parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '),
    );
  }
  return parsed.data;
}
