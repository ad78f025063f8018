import type Database from 'better-sqlite3';
import { cameraAlert, type CameraAlert } from '../../../shared/schemas/video';
import type { CameraAlertStore } from '../repository';
import type { SqliteDb } from './open';

type Row = { data: string };
const utc = (iso: string): string => new Date(iso).toISOString();

/**
 * Camera alerts on the repository's own connection, so an alert is written in the transaction that
 * appends its event. The row keeps the alert as JSON beside the columns the lookups use; `last_at`
 * in UTC so it orders as text.
 */
export class SqliteCameraAlertStore implements CameraAlertStore {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: SqliteDb) {}

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  async get(id: string): Promise<CameraAlert | null> {
    const r = this.stmt('SELECT data FROM camera_alerts WHERE id = ?').get(id) as Row | undefined;
    return r ? cameraAlert.parse(JSON.parse(r.data)) : null;
  }

  async latestFor(cameraId: string): Promise<CameraAlert | null> {
    const r = this.stmt(
      'SELECT data FROM camera_alerts WHERE camera_id = ? ORDER BY last_at DESC, id DESC LIMIT 1',
    ).get(cameraId) as Row | undefined;
    return r ? cameraAlert.parse(JSON.parse(r.data)) : null;
  }

  async insert(alert: CameraAlert): Promise<void> {
    this.stmt(
      'INSERT INTO camera_alerts (id, camera_id, state, last_at, version, data) VALUES (?,?,?,?,?,?)',
    ).run(alert.id, alert.cameraId, alert.state, utc(alert.lastAt), alert.version, JSON.stringify(alert));
  }

  async update(alert: CameraAlert, previousVersion: number): Promise<boolean> {
    const res = this.stmt(
      'UPDATE camera_alerts SET state = ?, last_at = ?, version = ?, data = ? WHERE id = ? AND version = ?',
    ).run(alert.state, utc(alert.lastAt), alert.version, JSON.stringify(alert), alert.id, previousVersion);
    return res.changes === 1;
  }

  async list(opts: { state?: CameraAlert['state']; since?: string; limit: number }): Promise<CameraAlert[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (opts.state) {
      where.push('state = ?');
      args.push(opts.state);
    }
    if (opts.since) {
      where.push('last_at >= ?');
      args.push(utc(opts.since));
    }
    const sql = `SELECT data FROM camera_alerts ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY last_at DESC, id DESC LIMIT ?`;
    return (this.stmt(sql).all(...args, opts.limit) as Row[]).map((r) =>
      cameraAlert.parse(JSON.parse(r.data)),
    );
  }
}
