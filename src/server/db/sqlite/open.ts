import Database from 'better-sqlite3';
import { MIGRATIONS } from '../migrations';

export type SqliteDb = Database.Database;

/**
 * Opens the database in WAL mode with synchronous=FULL and refuses to run otherwise: with NORMAL,
 * a power cut can lose the last acknowledged commands, which CONTRACTS forbids.
 */
export function openSqlite(file: string): SqliteDb {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  assertDurable(db);
  migrate(db);
  return db;
}

export function assertDurable(db: SqliteDb): void {
  const mode = String(db.pragma('journal_mode', { simple: true })).toLowerCase();
  const sync = Number(db.pragma('synchronous', { simple: true }));
  // synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
  if (mode !== 'wal' && mode !== 'memory') throw new Error(`SQLite journal_mode is ${mode}, expected wal`);
  if (sync < 2)
    throw new Error(`SQLite synchronous=${sync}, expected FULL (2): acknowledged commands could be lost`);
}

function migrate(db: SqliteDb): void {
  db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  );
  const applied = new Set(
    db
      .prepare('SELECT id FROM schema_migrations')
      .all()
      .map((r) => (r as { id: number }).id),
  );
  for (const m of MIGRATIONS) {
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      for (const sql of m.statements('sqlite')) db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(
        m.id,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
}
