import type Database from 'better-sqlite3';
import type { CardRecord, NoticeRecord, OversightStore, SupervisionRecord } from '../repository';
import type { SqliteDb } from './open';

type Row = Record<string, unknown>;
const utc = (iso: string): string => new Date(iso).toISOString();
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function cardOf(r: Row): CardRecord {
  return {
    id: String(r.id),
    orderId: String(r.order_id),
    stage: String(r.stage) as CardRecord['stage'],
    colour: String(r.colour) as CardRecord['colour'],
    unit: { kind: String(r.unit_kind), id: String(r.unit_id) },
    at: String(r.at),
  };
}

function supervisionOf(r: Row): SupervisionRecord {
  return {
    id: String(r.id),
    orderId: String(r.order_id),
    unit: { kind: String(r.unit_kind), id: String(r.unit_id) },
    openedAt: String(r.opened_at),
    openedBy: String(r.opened_by),
    reason: String(r.reason),
    answeredAt: str(r.answered_at),
    answeredBy: str(r.answered_by),
    answer: str(r.answer),
  };
}

/**
 * The oversight tables on the repository's own connection, so writes made inside a transaction
 * commit with it. Instants are stored in UTC so ranges compare as text.
 */
export class SqliteOversightStore implements OversightStore {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: SqliteDb) {}

  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async insertCard(c: CardRecord): Promise<void> {
    this.stmt(
      'INSERT INTO cards (id, order_id, stage, colour, unit_kind, unit_id, at) VALUES (?,?,?,?,?,?,?)',
    ).run(c.id, c.orderId, c.stage, c.colour, c.unit.kind, c.unit.id, utc(c.at));
  }

  async insertSupervision(s: SupervisionRecord): Promise<void> {
    this.stmt(
      `INSERT INTO supervisions (id, order_id, unit_kind, unit_id, opened_at, opened_by, reason,
         answered_at, answered_by, answer) VALUES (?,?,?,?,?,?,?,?,?,?)`,
    ).run(
      s.id,
      s.orderId,
      s.unit.kind,
      s.unit.id,
      utc(s.openedAt),
      s.openedBy,
      s.reason,
      s.answeredAt === null ? null : utc(s.answeredAt),
      s.answeredBy,
      s.answer,
    );
  }

  async answerSupervision(id: string, answer: string, by: string, at: string): Promise<boolean> {
    const res = this.stmt(
      `UPDATE supervisions SET answered_at = ?, answered_by = ?, answer = ?
         WHERE id = ? AND answered_at IS NULL`,
    ).run(utc(at), by, answer, id);
    return res.changes === 1;
  }

  async insertNotice(n: NoticeRecord): Promise<void> {
    this.stmt('INSERT INTO notices (id, order_id, unit_kind, unit_id, at, reason) VALUES (?,?,?,?,?,?)').run(
      n.id,
      n.orderId,
      n.unit.kind,
      n.unit.id,
      utc(n.at),
      n.reason,
    );
  }

  async listCards(f: { from?: string; to?: string; orderId?: string }): Promise<CardRecord[]> {
    const rows = this.stmt(
      `SELECT * FROM cards WHERE (? IS NULL OR at >= ?) AND (? IS NULL OR at < ?)
         AND (? IS NULL OR order_id = ?) ORDER BY at, id`,
    ).all(...range(f.from), ...range(f.to), f.orderId ?? null, f.orderId ?? null) as Row[];
    return rows.map(cardOf);
  }

  async listSupervisions(f: { open?: boolean; orderId?: string }): Promise<SupervisionRecord[]> {
    const rows = this.stmt(
      `SELECT * FROM supervisions WHERE (? = 0 OR answered_at IS NULL) AND (? IS NULL OR order_id = ?)
         ORDER BY opened_at, id`,
    ).all(f.open ? 1 : 0, f.orderId ?? null, f.orderId ?? null) as Row[];
    return rows.map(supervisionOf);
  }

  async getSupervision(id: string): Promise<SupervisionRecord | null> {
    const r = this.stmt('SELECT * FROM supervisions WHERE id = ?').get(id) as Row | undefined;
    return r ? supervisionOf(r) : null;
  }

  async listNotices(f: { from?: string; to?: string }): Promise<NoticeRecord[]> {
    const rows = this.stmt(
      `SELECT * FROM notices WHERE (? IS NULL OR at >= ?) AND (? IS NULL OR at < ?) ORDER BY at, id`,
    ).all(...range(f.from), ...range(f.to)) as Row[];
    return rows.map((r) => ({
      id: String(r.id),
      orderId: String(r.order_id),
      unit: { kind: String(r.unit_kind), id: String(r.unit_id) },
      at: String(r.at),
      reason: String(r.reason),
    }));
  }

  async getSetting<T>(key: string): Promise<T | null> {
    const r = this.stmt('SELECT data FROM settings WHERE key = ?').get(key) as Row | undefined;
    return r ? (JSON.parse(String(r.data)) as T) : null;
  }

  async putSetting(key: string, data: unknown, at: string): Promise<void> {
    this.stmt(
      `INSERT INTO settings (key, data, updated_at) VALUES (?,?,?)
         ON CONFLICT (key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
    ).run(key, JSON.stringify(data), utc(at));
  }

  async listSettings(prefix: string): Promise<Array<{ key: string; data: unknown }>> {
    const rows = this.stmt('SELECT key, data FROM settings WHERE key LIKE ? ORDER BY key').all(
      `${prefix}%`,
    ) as Row[];
    return rows.map((r) => ({ key: String(r.key), data: JSON.parse(String(r.data)) as unknown }));
  }

  async dueOrderIds(nowIso: string, limit: number): Promise<string[]> {
    const rows = this.stmt(
      `SELECT id FROM work_orders WHERE next_check_at IS NOT NULL AND next_check_at <= ?
         ORDER BY next_check_at LIMIT ?`,
    ).all(utc(nowIso), limit) as Row[];
    return rows.map((r) => String(r.id));
  }

  async earliestCheck(): Promise<string | null> {
    const r = this.stmt(
      'SELECT MIN(next_check_at) AS at FROM work_orders WHERE next_check_at IS NOT NULL',
    ).get() as Row | undefined;
    return str(r?.at);
  }

  async eventMarks(
    actions: readonly string[],
  ): Promise<Array<{ entityId: string; action: string; at: string }>> {
    if (actions.length === 0) return [];
    const rows = this.stmt(
      `SELECT entity_id, action, at FROM events WHERE action IN (${actions.map(() => '?').join(',')}) ORDER BY seq`,
    ).all(...actions) as Row[];
    return rows.map((r) => ({ entityId: String(r.entity_id), action: String(r.action), at: String(r.at) }));
  }

  async openOrderIds(): Promise<string[]> {
    const rows = this.stmt(
      `SELECT id FROM work_orders WHERE status NOT IN ('closed', 'rejected', 'merged')`,
    ).all() as Row[];
    return rows.map((r) => String(r.id));
  }
}

function range(iso: string | undefined): [string | null, string | null] {
  const v = iso === undefined ? null : utc(iso);
  return [v, v];
}
