import { cameraFault } from '../../../shared/schemas/video';
import type { CameraFaultRecord, CameraHealthStore } from '../repository';
import type { SqliteDb } from './open';

type Row = Record<string, unknown>;

const statusOf = (entity: unknown): string => {
  const status = (JSON.parse(String(entity)) as { status?: unknown }).status;
  return typeof status === 'string' ? status : 'online';
};

/** Simulator faults and camera status history, on the repository's connection (single statements). */
export class SqliteCameraHealthStore implements CameraHealthStore {
  constructor(private readonly db: SqliteDb) {}

  async listFaults(): Promise<CameraFaultRecord[]> {
    const rows = this.db
      .prepare('SELECT camera_id, fault, since, set_by FROM camera_faults ORDER BY camera_id')
      .all() as Row[];
    return rows.flatMap((r) => {
      // A fault kind a later version dropped is ignored rather than failing the start.
      const fault = cameraFault.safeParse(r.fault);
      if (!fault.success) return [];
      return [
        { cameraId: String(r.camera_id), fault: fault.data, since: String(r.since), setBy: String(r.set_by) },
      ];
    });
  }

  async putFault(cameraId: string, record: CameraFaultRecord | null): Promise<void> {
    if (record === null) {
      this.db.prepare('DELETE FROM camera_faults WHERE camera_id = ?').run(cameraId);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO camera_faults (camera_id, fault, since, set_by) VALUES (?,?,?,?)
           ON CONFLICT (camera_id) DO UPDATE SET fault = excluded.fault, since = excluded.since,
             set_by = excluded.set_by`,
      )
      .run(cameraId, record.fault, record.since, record.setBy);
  }

  async claimOnce(name: string, at: string): Promise<boolean> {
    const res = this.db
      .prepare('INSERT INTO settings (key, data, updated_at) VALUES (?,?,?) ON CONFLICT (key) DO NOTHING')
      .run(`once:${name}`, '{}', at);
    return res.changes === 1;
  }

  async statusChanges(since: string): Promise<{
    before: Array<{ cameraId: string; status: string; at: string }>;
    within: Array<{ cameraId: string; status: string; at: string }>;
  }> {
    // action = 'status' narrows through the events_action index before the type check.
    const within = this.db
      .prepare(
        `SELECT entity_id, at, entity FROM events
           WHERE action = 'status' AND type = 'camera:status-changed' AND at >= ? ORDER BY seq`,
      )
      .all(since) as Row[];
    const before = this.db
      .prepare(
        `SELECT e.entity_id, e.at, e.entity FROM events e JOIN (
           SELECT entity_id, MAX(seq) AS seq FROM events
             WHERE action = 'status' AND type = 'camera:status-changed' AND at < ? GROUP BY entity_id
         ) last ON e.seq = last.seq`,
      )
      .all(since) as Row[];
    return {
      before: before.map((r) => ({
        cameraId: String(r.entity_id),
        status: statusOf(r.entity),
        at: String(r.at),
      })),
      within: within.map((r) => ({
        cameraId: String(r.entity_id),
        status: statusOf(r.entity),
        at: String(r.at),
      })),
    };
  }
}
