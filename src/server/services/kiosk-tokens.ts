import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IssuedKioskToken, KioskToken } from '../../shared/schemas/kiosk';
import type { User } from '../../shared/schemas/user';
import { toShanghaiIso } from '../../shared/work-order-number';
import type { KioskTokenRecord, Repository } from '../db/repository';

/** Kiosk users are named after their token, so a request's user tells which token it came by. */
export const KIOSK_USER_PREFIX = 'u-kiosk-';

export const kioskUserId = (tokenId: string): string => `${KIOSK_USER_PREFIX}${tokenId}`;
export const tokenIdOfUser = (userId: string): string | null =>
  userId.startsWith(KIOSK_USER_PREFIX) ? userId.slice(KIOSK_USER_PREFIX.length) : null;

/** The secret carries 256 random bits, so a fast hash is enough: there is nothing to guess. */
const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

function view(r: KioskTokenRecord): KioskToken {
  return {
    id: r.id,
    name: r.name,
    createdAt: toShanghaiIso(r.createdAt),
    createdBy: r.createdBy,
    revokedAt: r.revokedAt === null ? null : toShanghaiIso(r.revokedAt),
    lastUsedAt: r.lastUsedAt === null ? null : toShanghaiIso(r.lastUsedAt),
  };
}

/**
 * Tokens that let an unattended wall display sign in by URL (`/wall?token=…`). Each token gets its
 * own read-only wall_kiosk user without a password; its secret is shown once and stored hashed.
 */
export class KioskTokens {
  constructor(
    private readonly repo: Repository,
    private readonly now: () => Date,
  ) {}

  async issue(name: string, by: User): Promise<IssuedKioskToken> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const record: KioskTokenRecord = {
      id,
      name,
      userId: kioskUserId(id),
      createdBy: by.id,
      createdAt: this.now().toISOString(),
      revokedAt: null,
      lastUsedAt: null,
    };
    const user: User = {
      id: record.userId,
      username: `kiosk-${id}`,
      displayName: name,
      role: 'wall_kiosk',
    };
    await this.repo.kioskTokens.insert(record, hashSecret(secret), user);
    return { ...view(record), path: `/wall?token=${secret}` };
  }

  async list(): Promise<KioskToken[]> {
    return (await this.repo.kioskTokens.list()).map(view);
  }

  /** The revoked token and how many sessions ended; null when unknown; `changed` false when revoked before. */
  async revoke(id: string): Promise<{ token: KioskToken; sessionsEnded: number; changed: boolean } | null> {
    const ended = await this.repo.kioskTokens.revoke(id, this.now().toISOString());
    const record = await this.repo.kioskTokens.get(id);
    if (!record) return null;
    return { token: view(record), sessionsEnded: ended?.sessionsEnded ?? 0, changed: ended !== null };
  }

  /** The kiosk user a live token signs in as, marking the token used; null for unknown or revoked. */
  async exchange(secret: string): Promise<{ user: User; token: KioskToken } | null> {
    const record = await this.repo.kioskTokens.findByHash(hashSecret(secret));
    if (!record || record.revokedAt !== null) return null;
    const user = await this.repo.getUser(record.userId);
    if (!user) return null;
    const at = this.now().toISOString();
    await this.repo.kioskTokens.touch(record.id, at);
    return { user, token: view({ ...record, lastUsedAt: at }) };
  }

  async touch(tokenId: string): Promise<void> {
    await this.repo.kioskTokens.touch(tokenId, this.now().toISOString());
  }
}
