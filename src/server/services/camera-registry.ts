import { randomUUID } from 'node:crypto';
import { scopeOf } from '../../shared/auth/policy';
import type { DomainEvent } from '../../shared/schemas/event';
import { cameraInput, type Camera, type CameraInput } from '../../shared/schemas/town';
import type { User } from '../../shared/schemas/user';
import {
  canonicalCameraInput,
  issueReasons,
  sameCameraInput,
  type CameraEdit,
  type CameraImportResult,
  type CameraImportRowError,
} from '../../shared/video/camera-registry';
import { toShanghaiIso } from '../../shared/work-order-number';
import type { NewEvent, ReferenceData, Repository, Tx } from '../db/repository';
import { forbidden, HttpError, notFound } from '../http/errors';
import { runIdempotent, type CommandResult } from './idempotent';

type CameraEventType = 'camera:created' | 'camera:updated' | 'camera:deleted';
const ACTION: Record<CameraEventType, string> = {
  'camera:created': 'create',
  'camera:updated': 'update',
  'camera:deleted': 'delete',
};

const stale = (): HttpError => new HttpError(409, 'stale_version', 'the camera changed meanwhile: reload it');
const unknownGrid = (gridId: string): HttpError =>
  new HttpError(400, 'validation_failed', `gridId: no grid ${gridId}`, {
    fields: { gridId: `no grid ${gridId}` },
  });

/**
 * The camera registry (DESIGN §4): create, edit, delete and import, each in one transaction with its
 * events (published after commit) and an audit entry. Status belongs to health and alerts, not here:
 * a new camera starts `online` and an edit keeps whatever status the camera has.
 */
export class CameraRegistryService {
  constructor(
    private readonly deps: {
      repo: Repository;
      reference: () => ReferenceData;
      now: () => Date;
      publish: (events: DomainEvent[]) => void;
    },
  ) {}

  private gridKnown(gridId: string): boolean {
    return this.deps.reference().grids.some((g) => g.grid_id === gridId);
  }

  private event(user: User, type: CameraEventType, entity: Camera, at: string): NewEvent {
    const actor = { userId: user.id, username: user.username, role: user.role };
    return { type, at, action: ACTION[type], actor, entityId: entity.id, reason: null, entity };
  }

  private async run(
    user: User,
    key: string | undefined,
    request: unknown,
    work: (tx: Tx, at: string) => Promise<{ status: number; body: unknown; events: NewEvent[] }>,
  ): Promise<CommandResult> {
    if (scopeOf(user.role, 'camera:write') === null) throw forbidden('camera:write');
    const at = toShanghaiIso(this.deps.now());
    const result = await runIdempotent(
      this.deps.repo,
      this.deps.publish,
      { userId: user.id, key, request },
      at,
      async (tx) => {
        const done = await work(tx, at);
        return { ...done, events: done.events.length > 0 ? await tx.appendEvents(done.events) : [] };
      },
    );
    // A replay returns no events: what it did was audited the first time.
    if (result.events.length > 0) {
      await this.deps.repo.audit({
        id: randomUUID(),
        at: this.deps.now().toISOString(),
        userId: user.id,
        action: 'camera_registry',
        detail: { changes: result.events.map((e) => ({ type: e.type, id: e.entityId, seq: e.seq })) },
      });
    }
    return result;
  }

  create(user: User, input: CameraInput, key: string | undefined): Promise<CommandResult> {
    return this.run(user, key, ['camera-create', input], async (tx, at) => {
      if (await tx.getCamera(input.id))
        throw new HttpError(409, 'camera_exists', `a camera ${input.id} exists already`);
      if (!this.gridKnown(input.gridId)) throw unknownGrid(input.gridId);
      const cam: Camera = { ...canonicalCameraInput(input), status: 'online', version: 1 };
      await tx.insertCamera(cam);
      return { status: 201, body: cam, events: [this.event(user, 'camera:created', cam, at)] };
    });
  }

  edit(user: User, id: string, edit: CameraEdit, key: string | undefined): Promise<CommandResult> {
    return this.run(user, key, ['camera-edit', id, edit], async (tx, at) => {
      const cam = await tx.getCamera(id);
      if (!cam) throw notFound('camera');
      if (cam.version !== edit.expectedVersion) throw stale();
      if (!this.gridKnown(edit.gridId)) throw unknownGrid(edit.gridId);
      const { expectedVersion: _v, ...fields } = edit;
      const input = canonicalCameraInput({ ...fields, id });
      if (sameCameraInput(cam, input)) return { status: 200, body: cam, events: [] };
      const next: Camera = { ...input, status: cam.status, version: cam.version + 1 };
      if (!(await tx.updateCamera(next, cam.version))) throw stale();
      return { status: 200, body: next, events: [this.event(user, 'camera:updated', next, at)] };
    });
  }

  remove(user: User, id: string, expectedVersion: number, key: string | undefined): Promise<CommandResult> {
    return this.run(user, key, ['camera-delete', id, expectedVersion], async (tx, at) => {
      const cam = await tx.getCamera(id);
      if (!cam) throw notFound('camera');
      if (cam.version !== expectedVersion || !(await tx.deleteCamera(id, cam.version))) throw stale();
      // The event carries the last state one version on, so a late status event cannot resurrect it.
      const last: Camera = { ...cam, version: cam.version + 1 };
      return { status: 200, body: last, events: [this.event(user, 'camera:deleted', last, at)] };
    });
  }

  /**
   * Validates every row first and changes nothing if any is bad (400 naming each row in
   * `fields['rows.N']`); otherwise creates or updates by id, leaving equal rows untouched.
   */
  import(user: User, rows: ReadonlyArray<{ row: number; value: unknown }>, key: string | undefined) {
    return this.run(user, key, ['camera-import', rows], async (tx, at) => {
      const inputs = this.validateRows(rows);
      const result: CameraImportResult = { created: 0, updated: 0, unchanged: 0 };
      const events: NewEvent[] = [];
      for (const input of inputs) {
        const cam = await tx.getCamera(input.id);
        if (!cam) {
          const created: Camera = { ...input, status: 'online', version: 1 };
          await tx.insertCamera(created);
          events.push(this.event(user, 'camera:created', created, at));
          result.created++;
        } else if (sameCameraInput(cam, input)) {
          result.unchanged++;
        } else {
          const next: Camera = { ...input, status: cam.status, version: cam.version + 1 };
          if (!(await tx.updateCamera(next, cam.version))) throw stale();
          events.push(this.event(user, 'camera:updated', next, at));
          result.updated++;
        }
      }
      return { status: 200, body: result, events };
    });
  }

  private validateRows(rows: ReadonlyArray<{ row: number; value: unknown }>): CameraInput[] {
    const errors: CameraImportRowError[] = [];
    const inputs: CameraInput[] = [];
    const seen = new Map<string, number>();
    for (const { row, value } of rows) {
      const parsed = cameraInput.safeParse(value);
      const rawId = (value as { id?: unknown } | null)?.id;
      const id = typeof rawId === 'string' ? rawId : null;
      if (!parsed.success) {
        errors.push({ row, id, reasons: issueReasons(parsed.error) });
        continue;
      }
      const reasons: string[] = [];
      if (!this.gridKnown(parsed.data.gridId)) reasons.push(`gridId: no grid ${parsed.data.gridId}`);
      const first = seen.get(parsed.data.id);
      if (first !== undefined) reasons.push(`id: ${parsed.data.id} repeats row ${first}`);
      else seen.set(parsed.data.id, row);
      if (reasons.length > 0) errors.push({ row, id: parsed.data.id, reasons });
      else inputs.push(canonicalCameraInput(parsed.data));
    }
    if (errors.length === 0) return inputs;
    const fields = Object.fromEntries(errors.map((e) => [`rows.${e.row}`, e.reasons.join('; ')]));
    const head = errors
      .slice(0, 3)
      .map((e) => `row ${e.row}${e.id ? ` (${e.id})` : ''}: ${e.reasons[0] ?? ''}`)
      .join('; ');
    throw new HttpError(
      400,
      'validation_failed',
      `${errors.length} of ${rows.length} rows refused, nothing imported — ${head}`,
      { fields },
    );
  }
}
