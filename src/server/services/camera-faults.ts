import { randomUUID } from 'node:crypto';
import { scopeOf } from '../../shared/auth/policy';
import type { CameraFault, CameraFaultEntry } from '../../shared/schemas/video';
import type { User } from '../../shared/schemas/user';
import { toShanghaiIso } from '../../shared/work-order-number';
import type { CameraFaultRecord, Repository } from '../db/repository';
import type { DomainEvent } from '../../shared/schemas/event';
import { forbidden, notFound } from '../http/errors';
import { runIdempotent, type CommandResult } from './idempotent';

/** The one-off step that turns the seed's offline cameras into faults (see load). */
const SEED_OUTAGES = 'camera-faults:seed-outages';

/**
 * Faults of the camera simulator, kept in the database and mirrored in memory for the media
 * routes, which read them on every request.
 */
export class CameraFaults {
  private faults = new Map<string, CameraFaultRecord>();

  constructor(
    private readonly deps: { repo: Repository; now: () => Date; publish: (events: DomainEvent[]) => void },
  ) {}

  /**
   * Reads the stored faults. The first time (a new data dir, or one from before faults existed), the
   * cameras stored as offline become `offline` faults: health is read from the simulator now, and
   * without a fault it would bring them back up at once; as faults they stay down, visibly, until
   * someone clears them at /admin.
   */
  async load(): Promise<void> {
    const { repo } = this.deps;
    const at = this.deps.now().toISOString();
    if (await repo.cameraHealth.claimOnce(SEED_OUTAGES, at)) {
      const known = new Set((await repo.cameraHealth.listFaults()).map((f) => f.cameraId));
      for (const cam of await repo.listCameras()) {
        if (cam.status !== 'offline' || known.has(cam.id)) continue;
        await repo.cameraHealth.putFault(cam.id, {
          cameraId: cam.id,
          fault: 'offline',
          since: at,
          setBy: 'system',
        });
      }
    }
    await this.reload();
  }

  /** The fault a camera shows now, for the simulator (synchronous: read on every request). */
  faultOf(cameraId: string): { fault: CameraFault; sinceMs: number } | null {
    const f = this.faults.get(cameraId);
    return f ? { fault: f.fault, sinceMs: Date.parse(f.since) } : null;
  }

  list(): CameraFaultEntry[] {
    return [...this.faults.values()].map((f) => ({
      cameraId: f.cameraId,
      fault: f.fault,
      since: toShanghaiIso(f.since),
      setBy: f.setBy,
    }));
  }

  /** Sets (or with null clears) a camera's fault; setting the fault it already has changes nothing. */
  async set(
    user: User,
    cameraId: string,
    fault: CameraFault | null,
    key: string | undefined,
  ): Promise<CommandResult> {
    if (scopeOf(user.role, 'camera:set-status') === null) throw forbidden('inject camera faults');
    const { repo } = this.deps;
    const now = this.deps.now();
    try {
      return await runIdempotent(
        repo,
        this.deps.publish,
        { userId: user.id, key, request: ['camera-fault', cameraId, fault] },
        toShanghaiIso(now),
        async (tx) => {
          if (!(await tx.getCamera(cameraId))) throw notFound('camera');
          const previous = this.faults.get(cameraId)?.fault ?? null;
          const body = { cameraId, fault };
          if (previous === fault) return { status: 200, body, events: [] };
          const record = fault && { cameraId, fault, since: now.toISOString(), setBy: user.id };
          // Inside the command's transaction, like its audit entry: both or neither.
          await repo.cameraHealth.putFault(cameraId, record);
          await repo.audit({
            id: randomUUID(),
            at: now.toISOString(),
            userId: user.id,
            action: 'camera_fault',
            detail: { cameraId, fault, previous },
          });
          return { status: 200, body, events: [] };
        },
      );
    } finally {
      // From the store, not the answer: a replayed key must not undo a later change.
      await this.reload();
    }
  }

  private async reload(): Promise<void> {
    const rows = await this.deps.repo.cameraHealth.listFaults();
    this.faults = new Map(rows.map((f) => [f.cameraId, f]));
  }
}
