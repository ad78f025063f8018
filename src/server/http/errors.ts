import type { z } from 'zod';

/** An error that becomes `{error: {code, message, rule?, fields?}}` with its HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { rule?: string; fields?: Record<string, string> } = {},
  ) {
    super(message);
  }

  toBody(): { error: { code: string; message: string; rule?: string; fields?: Record<string, string> } } {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

export function validationError(error: z.ZodError): HttpError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '(body)';
    fields[path] ??= issue.message;
  }
  const first = Object.entries(fields)[0];
  return new HttpError(400, 'validation_failed', first ? `${first[0]}: ${first[1]}` : 'invalid input', {
    fields,
  });
}

/** Parses with a zod schema or throws a 400 naming each bad field. */
export function parseOr400<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw validationError(result.error);
  return result.data;
}

export const unauthorized = (): HttpError => new HttpError(401, 'unauthorized', 'login required');
export const forbidden = (what: string): HttpError => new HttpError(403, 'forbidden', `not allowed: ${what}`);
export const notFound = (what: string): HttpError => new HttpError(404, 'not_found', `${what} not found`);
