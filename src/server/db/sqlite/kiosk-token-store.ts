import type { User } from '../../../shared/schemas/user';
import type { KioskTokenRecord, KioskTokenStore } from '../repository';
import type { SqliteDb } from './open';

type Row = Record<string, unknown>;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function recordOf(r: Row): KioskTokenRecord {
  return {
    id: String(r.id),
    name: String(r.name),
    userId: String(r.user_id),
    createdBy: String(r.created_by),
    createdAt: String(r.created_at),
    revokedAt: str(r.revoked_at),
    lastUsedAt: str(r.last_used_at),
  };
}

/** Not an argon2 hash, so no password ever verifies against it: a kiosk user signs in by token only. */
const NO_PASSWORD = '!kiosk-token';
const COLUMNS = 'id, name, user_id, created_by, created_at, revoked_at, last_used_at';

/** Kiosk tokens on the repository's connection; writes are single statements or one transaction. */
export class SqliteKioskTokenStore implements KioskTokenStore {
  constructor(private readonly db: SqliteDb) {}

  async insert(record: KioskTokenRecord, tokenHash: string, user: User): Promise<void> {
    const addUser = this.db.prepare(
      'INSERT INTO users (id, username, role, password_hash, data) VALUES (?,?,?,?,?)',
    );
    const addToken = this.db.prepare(
      `INSERT INTO kiosk_tokens (${COLUMNS}, token_hash) VALUES (?,?,?,?,?,?,?,?)`,
    );
    this.db.transaction(() => {
      addUser.run(user.id, user.username, user.role, NO_PASSWORD, JSON.stringify(user));
      addToken.run(
        record.id,
        record.name,
        record.userId,
        record.createdBy,
        record.createdAt,
        record.revokedAt,
        record.lastUsedAt,
        tokenHash,
      );
    })();
  }

  async list(): Promise<KioskTokenRecord[]> {
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM kiosk_tokens ORDER BY created_at, id`).all();
    return (rows as Row[]).map(recordOf);
  }

  async get(id: string): Promise<KioskTokenRecord | null> {
    const r = this.db.prepare(`SELECT ${COLUMNS} FROM kiosk_tokens WHERE id = ?`).get(id) as Row | undefined;
    return r ? recordOf(r) : null;
  }

  async findByHash(tokenHash: string): Promise<KioskTokenRecord | null> {
    const r = this.db.prepare(`SELECT ${COLUMNS} FROM kiosk_tokens WHERE token_hash = ?`).get(tokenHash) as
      Row | undefined;
    return r ? recordOf(r) : null;
  }

  async revoke(id: string, at: string): Promise<{ sessionsEnded: number } | null> {
    const mark = this.db.prepare(
      'UPDATE kiosk_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
    );
    const end = this.db.prepare(
      'DELETE FROM sessions WHERE user_id = (SELECT user_id FROM kiosk_tokens WHERE id = ?)',
    );
    return this.db.transaction(() => {
      if (mark.run(at, id).changes !== 1) return null;
      return { sessionsEnded: end.run(id).changes };
    })();
  }

  async touch(id: string, at: string): Promise<void> {
    this.db.prepare('UPDATE kiosk_tokens SET last_used_at = ? WHERE id = ?').run(at, id);
  }
}
