import type { FastifyReply, FastifyRequest } from 'fastify';
import { can, type Action } from '../../shared/auth/policy';
import type { User } from '../../shared/schemas/user';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions';
import type { Repository } from '../db/repository';
import { forbidden, HttpError, unauthorized } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
  }
}

/** Routes that answer without a session (CONTRACTS "Public"). */
const PUBLIC_PREFIXES = [
  '/api/health',
  '/api/auth/login',
  '/api/auth/kiosk',
  '/api/openapi.json',
  '/open311/',
  '/sim/',
  '/api/integrations/',
];

export function isPublic(url: string): boolean {
  const path = url.split('?')[0] ?? url;
  if (!path.startsWith('/api/') && !path.startsWith('/open311/')) return true; // SPA shell and assets
  return PUBLIC_PREFIXES.some((p) => path === p || path.startsWith(p));
}

export function makeAuthHook(repo: Repository, now: () => Date) {
  return async function authenticate(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
    req.user = await resolveSession(repo, req.cookies[SESSION_COOKIE], now());
    if (!req.user && !isPublic(req.url)) throw unauthorized();
  };
}

/** The signed-in user, or 401; with an action, also 403 unless the policy grants it. */
export function requireUser(req: FastifyRequest, action?: Action): User {
  if (!req.user) throw unauthorized();
  if (action && !can(req.user.role, action)) throw forbidden(action);
  return req.user;
}

export function idempotencyKey(req: FastifyRequest): string | undefined {
  const raw = req.headers['idempotency-key'];
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (key === undefined) return undefined;
  if (key.length === 0 || key.length > 200)
    throw new HttpError(400, 'validation_failed', 'Idempotency-Key must be 1-200 characters');
  return key;
}
