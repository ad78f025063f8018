/**
 * Schema migrations, in order. The SQL is kept portable (SQLite and PostgreSQL): TEXT JSON columns,
 * no SQLite-only types; the only dialect difference, the auto-increment key of the event log, is
 * written by the dialect's own file.
 */
export interface Migration {
  id: number;
  name: string;
  statements: (dialect: 'sqlite' | 'postgres') => string[];
}

export const MIGRATIONS: Migration[] = [
  {
    id: 1,
    name: 'core',
    statements: (dialect) => [
      `CREATE TABLE reference_items (kind TEXT NOT NULL, id TEXT NOT NULL, position INTEGER NOT NULL,
        data TEXT NOT NULL, PRIMARY KEY (kind, id))`,
      `CREATE TABLE staff (id TEXT PRIMARY KEY, grid_ids TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL)`,
      `CREATE TABLE cameras (id TEXT PRIMARY KEY, grid_id TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL)`,
      `CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
        password_hash TEXT NOT NULL, data TEXT NOT NULL)`,
      `CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL)`,
      `CREATE TABLE work_orders (id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, status TEXT NOT NULL,
        source TEXT NOT NULL, category TEXT, priority TEXT, grid_id TEXT, village_id TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL, search TEXT NOT NULL,
        data TEXT NOT NULL)`,
      `CREATE INDEX work_orders_created ON work_orders (created_at)`,
      `CREATE INDEX work_orders_status ON work_orders (status)`,
      `CREATE INDEX work_orders_grid ON work_orders (grid_id)`,
      dialect === 'sqlite'
        ? `CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, type TEXT NOT NULL,
            action TEXT NOT NULL, actor TEXT NOT NULL, entity_type TEXT NOT NULL, entity_id TEXT NOT NULL,
            reason TEXT, entity TEXT NOT NULL)`
        : `CREATE TABLE events (seq BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, type TEXT NOT NULL,
            action TEXT NOT NULL, actor TEXT NOT NULL, entity_type TEXT NOT NULL, entity_id TEXT NOT NULL,
            reason TEXT, entity TEXT NOT NULL)`,
      `CREATE INDEX events_entity ON events (entity_id, seq)`,
      `CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)`,
      `CREATE TABLE idempotency (user_id TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL,
        status INTEGER NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (user_id, key))`,
      `CREATE TABLE audit_log (id TEXT PRIMARY KEY, at TEXT NOT NULL, user_id TEXT, action TEXT NOT NULL,
        detail TEXT NOT NULL)`,
    ],
  },
  {
    id: 2,
    name: 'oversight',
    statements: () => [
      `ALTER TABLE work_orders ADD COLUMN next_check_at TEXT`,
      `CREATE INDEX work_orders_next_check ON work_orders (next_check_at)`,
      // The card ledger (黄牌/红牌), supervisions (督办) a unit must answer, and public notices (通报).
      `CREATE TABLE cards (id TEXT PRIMARY KEY, order_id TEXT NOT NULL, stage TEXT NOT NULL, colour TEXT NOT NULL,
        unit_kind TEXT NOT NULL, unit_id TEXT NOT NULL, at TEXT NOT NULL)`,
      `CREATE INDEX cards_unit ON cards (unit_kind, unit_id, at)`,
      `CREATE INDEX cards_at ON cards (at)`,
      `CREATE TABLE supervisions (id TEXT PRIMARY KEY, order_id TEXT NOT NULL, unit_kind TEXT NOT NULL,
        unit_id TEXT NOT NULL, opened_at TEXT NOT NULL, opened_by TEXT NOT NULL, reason TEXT NOT NULL,
        answered_at TEXT, answered_by TEXT, answer TEXT)`,
      `CREATE INDEX supervisions_order ON supervisions (order_id)`,
      `CREATE TABLE notices (id TEXT PRIMARY KEY, order_id TEXT NOT NULL, unit_kind TEXT NOT NULL,
        unit_id TEXT NOT NULL, at TEXT NOT NULL, reason TEXT NOT NULL)`,
      `CREATE TABLE settings (key TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at TEXT NOT NULL)`,
    ],
  },
  {
    id: 3,
    name: 'event-data',
    // The command's fields besides its reason (a resolve's report and photos …), for the timeline.
    statements: () => [`ALTER TABLE events ADD COLUMN data TEXT`],
  },
  {
    id: 4,
    name: 'event-action-index',
    // The evaluation counts reworks (verify_fail) and finds close times without scanning the log.
    statements: () => [`CREATE INDEX events_action ON events (action, seq)`],
  },
  {
    id: 5,
    name: 'kiosk-tokens',
    // Wall kiosks sign in with a token URL; only its SHA-256 is kept. Each token has its own
    // wall_kiosk user, so revoking it can end exactly the sessions it opened (by user_id).
    statements: () => [
      `CREATE TABLE kiosk_tokens (id TEXT PRIMARY KEY, name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT,
        last_used_at TEXT)`,
      `CREATE INDEX sessions_user ON sessions (user_id)`,
    ],
  },
  {
    id: 6,
    name: 'map-layers',
    // A town's own imported layers (the village areas the map draws); the grids themselves live in
    // reference_items like the seeded ones.
    statements: () => [
      `CREATE TABLE map_layers (name TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL)`,
    ],
  },
  {
    id: 7,
    name: 'camera-alerts',
    // Alerts from AI cameras (视频告警): the JSON alert plus what folding (latest per camera) and the
    // console's open list look up; last_at in UTC so it orders as text.
    statements: () => [
      `CREATE TABLE camera_alerts (id TEXT PRIMARY KEY, camera_id TEXT NOT NULL, state TEXT NOT NULL,
        last_at TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL)`,
      `CREATE INDEX camera_alerts_camera ON camera_alerts (camera_id, last_at)`,
      `CREATE INDEX camera_alerts_state ON camera_alerts (state, last_at)`,
    ],
  },
  {
    id: 8,
    name: 'camera-faults',
    // Faults the camera simulator shows (offline/frozen/slow/flapping), one per camera, kept so an
    // injected fault survives a restart; `since` (UTC) is when it was set: a frozen stream stays at it.
    statements: () => [
      `CREATE TABLE camera_faults (camera_id TEXT PRIMARY KEY, fault TEXT NOT NULL, since TEXT NOT NULL,
        set_by TEXT NOT NULL)`,
    ],
  },
];
