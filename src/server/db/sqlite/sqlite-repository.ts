import type { DomainEvent } from '../../../shared/schemas/event';
import type { Camera, Category, Staff } from '../../../shared/schemas/town';
import { upgradeCamera } from '../camera-upgrade';
import type { User } from '../../../shared/schemas/user';
import type { WorkOrder, WorkOrderQuery } from '../../../shared/schemas/work-order';
import type {
  IdempotencyRecord,
  NewEvent,
  ReferenceData,
  Repository,
  StoredUser,
  Tx,
  WorkOrderStats,
} from '../repository';
import type Database from 'better-sqlite3';
import { updateCategoryRow } from './category-store';
import { GroupCommit } from './group-commit';
import { SqliteKioskTokenStore } from './kiosk-token-store';
import { SqliteTownLayerStore } from './town-layer-store';
import { SqliteCameraHealthStore } from './camera-health-store';
import { SqliteOversightStore } from './oversight-store';
import { SqliteCameraAlertStore } from './camera-alert-store';
import { openSqlite, type SqliteDb } from './open';
import { searchText, workOrderWhere } from './work-order-filter';

type Row = Record<string, unknown>;
const json = <T>(v: unknown): T => JSON.parse(String(v)) as T;
const utc = (iso: string): string => new Date(iso).toISOString();
/** Orders stored before the oversight migration lack its fields; they read as "no clocks yet". */
const orderOf = (v: unknown): WorkOrder => {
  const stored = json<Partial<WorkOrder> & Omit<WorkOrder, 'clocks' | 'escalationRequest'>>(v);
  return {
    ...stored,
    escalationRequest: stored.escalationRequest ?? null,
    clocks: stored.clocks ?? { signOff: null, resolve: null, nextCheckAt: null },
  };
};
/** UTC, so that the scheduler's "due by now" is a plain text comparison on an index. */
const checkAt = (o: WorkOrder): string | null => (o.clocks?.nextCheckAt ? utc(o.clocks.nextCheckAt) : null);

function rowToEvent(r: Row): DomainEvent {
  return {
    seq: Number(r.seq),
    at: String(r.at),
    type: r.type,
    action: String(r.action),
    actor: json(r.actor),
    entityId: String(r.entity_id),
    reason: r.reason === null ? null : String(r.reason),
    data: r.data === null || r.data === undefined ? null : json(r.data),
    entity: json(r.entity),
  } as DomainEvent;
}

const ENTITY_TYPE: Record<DomainEvent['type'], string> = {
  'work-order:created': 'work-order',
  'work-order:updated': 'work-order',
  'camera:status-changed': 'camera',
  'camera:created': 'camera',
  'camera:updated': 'camera',
  'camera:deleted': 'camera',
  'staff:moved': 'staff',
  'camera-alert:created': 'camera-alert',
  'camera-alert:updated': 'camera-alert',
};

/** The embedded default store. better-sqlite3 is synchronous; the async surface matches PostgreSQL. */
export class SqliteRepository implements Repository {
  readonly dialect = 'sqlite' as const;
  private readonly db: SqliteDb;
  private readonly groups: GroupCommit<Tx>;
  readonly oversight: SqliteOversightStore;
  readonly cameraAlerts: SqliteCameraAlertStore;
  readonly kioskTokens: SqliteKioskTokenStore;
  readonly townLayers: SqliteTownLayerStore;
  readonly cameraHealth: SqliteCameraHealthStore;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    this.db = openSqlite(file);
    this.oversight = new SqliteOversightStore(this.db);
    this.cameraAlerts = new SqliteCameraAlertStore(this.db);
    this.kioskTokens = new SqliteKioskTokenStore(this.db);
    this.townLayers = new SqliteTownLayerStore(this.db);
    this.cameraHealth = new SqliteCameraHealthStore(this.db);
    this.groups = new GroupCommit<Tx>(this.db, this);
  }

  /** Prepared once per SQL text: preparing costs more than running most of these statements. */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      // List filters make SQL texts vary (IN lists of any length): keep the cache bounded.
      if (this.statements.size >= 500) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  get raw(): SqliteDb {
    return this.db;
  }

  /** See GroupCommit: transactions of one event-loop turn share one COMMIT. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.groups.run(fn);
  }

  async close(): Promise<void> {
    await this.groups.idle();
    this.db.close();
  }

  async getWorkOrder(id: string): Promise<WorkOrder | null> {
    const r = this.stmt('SELECT data FROM work_orders WHERE id = ?').get(id) as Row | undefined;
    return r ? orderOf(r.data) : null;
  }

  async insertWorkOrder(o: WorkOrder): Promise<void> {
    this.stmt(
      `INSERT INTO work_orders (id, number, status, source, category, priority, grid_id, village_id,
          created_at, updated_at, version, search, data, next_check_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    ).run(
      o.id,
      o.number,
      o.status,
      o.source,
      o.category,
      o.priority,
      o.gridId,
      o.villageId,
      utc(o.createdAt),
      utc(o.updatedAt),
      o.version,
      searchText(o),
      JSON.stringify(o),
      checkAt(o),
    );
  }

  async updateWorkOrder(o: WorkOrder, previousVersion: number): Promise<boolean> {
    const res = this.stmt(
      `UPDATE work_orders SET status = ?, category = ?, priority = ?, grid_id = ?, village_id = ?,
          updated_at = ?, version = ?, search = ?, data = ?, next_check_at = ? WHERE id = ? AND version = ?`,
    ).run(
      o.status,
      o.category,
      o.priority,
      o.gridId,
      o.villageId,
      utc(o.updatedAt),
      o.version,
      searchText(o),
      JSON.stringify(o),
      checkAt(o),
      o.id,
      previousVersion,
    );
    return res.changes === 1;
  }

  async getStaff(id: string): Promise<Staff | null> {
    const r = this.stmt('SELECT data FROM staff WHERE id = ?').get(id) as Row | undefined;
    return r ? json<Staff>(r.data) : null;
  }

  async updateStaff(m: Staff, previousVersion: number): Promise<boolean> {
    const res = this.stmt(
      'UPDATE staff SET version = ?, grid_ids = ?, data = ? WHERE id = ? AND version = ?',
    ).run(m.version, JSON.stringify(m.gridIds), JSON.stringify(m), m.id, previousVersion);
    return res.changes === 1;
  }

  async getCamera(id: string): Promise<Camera | null> {
    const r = this.stmt('SELECT data FROM cameras WHERE id = ?').get(id) as Row | undefined;
    return r ? upgradeCamera(json<Camera>(r.data)) : null;
  }

  async updateCamera(c: Camera, previousVersion: number): Promise<boolean> {
    const res = this.stmt(
      'UPDATE cameras SET version = ?, grid_id = ?, data = ? WHERE id = ? AND version = ?',
    ).run(c.version, c.gridId, JSON.stringify(c), c.id, previousVersion);
    return res.changes === 1;
  }

  async insertCamera(c: Camera): Promise<void> {
    const sql = 'INSERT INTO cameras (id, grid_id, version, data) VALUES (?,?,?,?)';
    this.stmt(sql).run(c.id, c.gridId, c.version, JSON.stringify(c));
  }

  async deleteCamera(id: string, previousVersion: number): Promise<boolean> {
    return (
      this.stmt('DELETE FROM cameras WHERE id = ? AND version = ?').run(id, previousVersion).changes === 1
    );
  }

  async nextCounter(name: string): Promise<number> {
    const r = this.stmt(
      `INSERT INTO counters (name, value) VALUES (?, 1)
         ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value`,
    ).get(name) as Row;
    return Number(r.value);
  }

  async appendEvents(events: NewEvent[]): Promise<DomainEvent[]> {
    const insert = this.stmt(
      `INSERT INTO events (at, type, action, actor, entity_type, entity_id, reason, entity, data)
       VALUES (?,?,?,?,?,?,?,?,?) RETURNING seq`,
    );
    return events.map((e) => {
      const r = insert.get(
        e.at,
        e.type,
        e.action,
        JSON.stringify(e.actor),
        ENTITY_TYPE[e.type],
        e.entityId,
        e.reason,
        JSON.stringify(e.entity),
        e.data ? JSON.stringify(e.data) : null,
      ) as Row;
      return { ...e, seq: Number(r.seq) } as DomainEvent;
    });
  }

  async getIdempotency(userId: string, key: string): Promise<IdempotencyRecord | null> {
    const r = this.stmt(
      'SELECT request_hash, status, body FROM idempotency WHERE user_id = ? AND key = ?',
    ).get(userId, key) as Row | undefined;
    return r ? { requestHash: String(r.request_hash), status: Number(r.status), body: json(r.body) } : null;
  }

  async saveIdempotency(userId: string, key: string, rec: IdempotencyRecord, at: string): Promise<void> {
    this.stmt(
      'INSERT INTO idempotency (user_id, key, request_hash, status, body, created_at) VALUES (?,?,?,?,?,?)',
    ).run(userId, key, rec.requestHash, rec.status, JSON.stringify(rec.body), at);
  }

  async isTownSeeded(): Promise<boolean> {
    return this.stmt(`SELECT 1 FROM reference_items WHERE kind = 'town'`).get() !== undefined;
  }

  async seedTown(ref: ReferenceData, staff: Staff[], cameras: Camera[]): Promise<void> {
    const item = this.stmt('INSERT INTO reference_items (kind, id, position, data) VALUES (?,?,?,?)');
    const s = this.stmt('INSERT INTO staff (id, grid_ids, version, data) VALUES (?,?,?,?)');
    const c = this.stmt('INSERT INTO cameras (id, grid_id, version, data) VALUES (?,?,?,?)');
    this.db.transaction(() => {
      item.run('town', ref.town.code, 0, JSON.stringify(ref.town));
      ref.villages.forEach((v, i) => item.run('village', v.id, i, JSON.stringify(v)));
      ref.grids.forEach((g, i) => item.run('grid', g.grid_id, i, JSON.stringify(g)));
      ref.departments.forEach((d, i) => item.run('department', d.id, i, JSON.stringify(d)));
      ref.categories.forEach((k, i) => item.run('category', k.code, i, JSON.stringify(k)));
      for (const m of staff) s.run(m.id, JSON.stringify(m.gridIds), m.version, JSON.stringify(m));
      for (const cam of cameras) c.run(cam.id, cam.gridId, cam.version, JSON.stringify(cam));
    })();
  }

  async getReference(): Promise<ReferenceData> {
    const rows = this.stmt('SELECT kind, data FROM reference_items ORDER BY kind, position').all() as Row[];
    const of = <T>(kind: string): T[] => rows.filter((r) => r.kind === kind).map((r) => json<T>(r.data));
    const [town] = of<ReferenceData['town']>('town');
    if (!town) throw new Error('town not seeded');
    return {
      town,
      villages: of('village'),
      grids: of('grid'),
      departments: of('department'),
      categories: of('category'),
    };
  }

  async updateCategory(category: Category): Promise<boolean> {
    return updateCategoryRow(this.db, category);
  }

  async listStaff(): Promise<Staff[]> {
    return (this.stmt('SELECT data FROM staff ORDER BY id').all() as Row[]).map((r) => json<Staff>(r.data));
  }

  async listCameras(): Promise<Camera[]> {
    return (this.stmt('SELECT data FROM cameras ORDER BY id').all() as Row[]).map((r) =>
      upgradeCamera(json<Camera>(r.data)),
    );
  }

  async upsertUsers(users: ReadonlyArray<{ user: User; passwordHash: string }>): Promise<void> {
    const stmt = this.stmt(
      `INSERT INTO users (id, username, role, password_hash, data) VALUES (?,?,?,?,?)
         ON CONFLICT (id) DO UPDATE SET username = excluded.username, role = excluded.role,
           password_hash = excluded.password_hash, data = excluded.data`,
    );
    this.db.transaction(() => {
      for (const { user, passwordHash } of users) {
        stmt.run(user.id, user.username, user.role, passwordHash, JSON.stringify(user));
      }
    })();
  }

  async findUserByUsername(username: string): Promise<StoredUser | null> {
    const r = this.stmt('SELECT data, password_hash FROM users WHERE username = ?').get(username) as
      Row | undefined;
    return r ? { user: json<User>(r.data), passwordHash: String(r.password_hash) } : null;
  }

  async getUser(id: string): Promise<User | null> {
    const r = this.stmt('SELECT data FROM users WHERE id = ?').get(id) as Row | undefined;
    return r ? json<User>(r.data) : null;
  }

  async createSession(
    tokenHash: string,
    userId: string,
    createdAt: string,
    expiresAt: string,
  ): Promise<void> {
    this.stmt('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?,?,?,?)').run(
      tokenHash,
      userId,
      createdAt,
      expiresAt,
    );
  }

  async getSession(tokenHash: string): Promise<{ userId: string; expiresAt: string } | null> {
    const r = this.stmt('SELECT user_id, expires_at FROM sessions WHERE token_hash = ?').get(tokenHash) as
      Row | undefined;
    return r ? { userId: String(r.user_id), expiresAt: String(r.expires_at) } : null;
  }

  async extendSession(tokenHash: string, expiresAt: string): Promise<void> {
    this.stmt('UPDATE sessions SET expires_at = ? WHERE token_hash = ?').run(expiresAt, tokenHash);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.stmt('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  async audit(e: {
    id: string;
    at: string;
    userId: string | null;
    action: string;
    detail: object;
  }): Promise<void> {
    this.stmt('INSERT INTO audit_log (id, at, user_id, action, detail) VALUES (?,?,?,?,?)').run(
      e.id,
      e.at,
      e.userId,
      e.action,
      JSON.stringify(e.detail),
    );
  }

  async listWorkOrders(
    query: WorkOrderQuery,
    page: { limit: number; offset: number },
  ): Promise<{ items: WorkOrder[]; total: number }> {
    const { sql, params } = workOrderWhere(query);
    const total = Number((this.stmt(`SELECT COUNT(*) AS n FROM work_orders ${sql}`).get(...params) as Row).n);
    const items = (
      this.stmt(
        `SELECT data FROM work_orders ${sql} ORDER BY created_at DESC, number DESC LIMIT ? OFFSET ?`,
      ).all(...params, page.limit, page.offset) as Row[]
    ).map((r) => orderOf(r.data));
    return { items, total };
  }

  async workOrderStats(): Promise<WorkOrderStats> {
    const rows = this.stmt('SELECT status, COUNT(*) AS n FROM work_orders GROUP BY status').all() as Row[];
    const byStatus = Object.fromEntries(rows.map((r) => [String(r.status), Number(r.n)]));
    return { byStatus, total: rows.reduce((s, r) => s + Number(r.n), 0) };
  }

  async listWorkOrderEvents(entityId: string): Promise<DomainEvent[]> {
    return (this.stmt('SELECT * FROM events WHERE entity_id = ? ORDER BY seq').all(entityId) as Row[]).map(
      rowToEvent,
    );
  }

  async eventsAfter(afterSeq: number, limit: number): Promise<DomainEvent[]> {
    return (
      this.stmt('SELECT * FROM events WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as Row[]
    ).map(rowToEvent);
  }

  async latestSeq(): Promise<number> {
    const r = this.stmt('SELECT MAX(seq) AS s FROM events').get() as Row;
    return Number(r.s ?? 0);
  }

  async health(): Promise<{ ok: boolean; detail: string }> {
    try {
      this.stmt('SELECT 1').get();
      return { ok: true, detail: 'sqlite' };
    } catch (err) {
      return { ok: false, detail: (err as Error).message };
    }
  }
}
