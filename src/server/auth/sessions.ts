import { createHash, randomBytes } from 'node:crypto';
import type { User } from '../../shared/schemas/user';
import type { Repository } from '../db/repository';

export const SESSION_COOKIE = 'gc_session';
/** People are logged out after 12 idle hours; a wall kiosk never while it is in use. */
const IDLE_MS: Record<string, number> = { wall_kiosk: 30 * 24 * 3600 * 1000 };
const DEFAULT_IDLE_MS = 12 * 3600 * 1000;
/** Sliding expiry is written at most this often, not on every request. */
const EXTEND_AFTER_MS = 5 * 60 * 1000;

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const idleOf = (user: User): number => IDLE_MS[user.role] ?? DEFAULT_IDLE_MS;

export async function createSession(repo: Repository, user: User, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + idleOf(user)).toISOString();
  await repo.createSession(hashToken(token), user.id, now.toISOString(), expires);
  return token;
}

/** The user of a session token, sliding its expiry; null when unknown or expired. */
export async function resolveSession(
  repo: Repository,
  token: string | undefined,
  now: Date,
): Promise<User | null> {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const session = await repo.getSession(tokenHash);
  if (!session) return null;
  const expiresAt = Date.parse(session.expiresAt);
  if (expiresAt <= now.getTime()) {
    await repo.deleteSession(tokenHash);
    return null;
  }
  const user = await repo.getUser(session.userId);
  if (!user) return null;
  const fresh = now.getTime() + idleOf(user);
  if (fresh - expiresAt > EXTEND_AFTER_MS) await repo.extendSession(tokenHash, new Date(fresh).toISOString());
  return user;
}

export async function endSession(repo: Repository, token: string | undefined): Promise<void> {
  if (token) await repo.deleteSession(hashToken(token));
}

/** Reads one cookie from a raw Cookie header (the socket handshake has no cookie parser). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
