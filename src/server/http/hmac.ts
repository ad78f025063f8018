import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './errors';

/** CONTRACTS: webhooks sign the raw body — `X-Signature: sha256=<hex HMAC-SHA256>`. */
export function signBody(secret: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** 401 unless the request's signature is the HMAC of its exact bytes under `secret`. */
export function requireSignature(req: FastifyRequest, secret: string): void {
  const header = req.headers['x-signature'];
  const given = Array.isArray(header) ? header[0] : header;
  if (!given) throw new HttpError(401, 'signature_missing', 'X-Signature header required');
  const expected = Buffer.from(signBody(secret, req.rawBody ?? Buffer.alloc(0)));
  const actual = Buffer.from(given.trim().toLowerCase());
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    throw new HttpError(401, 'signature_invalid', 'X-Signature does not match the body');
}
