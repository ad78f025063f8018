import { scopeOf } from '../../shared/auth/policy';
import { toShanghaiIso } from '../../shared/work-order-number';
import type { LatLng } from '../../shared/schemas/common';
import type { CameraStatus } from '../../shared/schemas/town';
import type { User } from '../../shared/schemas/user';
import type { Repository } from '../db/repository';
import type { DomainEvent } from '../../shared/schemas/event';
import { forbidden, HttpError, notFound } from '../http/errors';
import { runIdempotent, type CommandResult } from './idempotent';

const actorOf = (u: User): { userId: string; username: string; role: string } => ({
  userId: u.id,
  username: u.username,
  role: u.role,
});

/** Staff positions and camera status: small commands, written with their event like any other. */
export class EntityService {
  constructor(
    private readonly deps: { repo: Repository; now: () => Date; publish: (events: DomainEvent[]) => void },
  ) {}

  async moveStaff(user: User, id: string, position: LatLng, key: string | undefined): Promise<CommandResult> {
    const scope = scopeOf(user.role, 'staff:move');
    if (scope === null || (scope === 'self' && user.staffId !== id))
      throw forbidden('move this staff member');
    const at = toShanghaiIso(this.deps.now());
    return runIdempotent(
      this.deps.repo,
      this.deps.publish,
      { userId: user.id, key, request: ['move', id, position] },
      at,
      async (tx) => {
        const member = await tx.getStaff(id);
        if (!member) throw notFound('staff member');
        const next = { ...member, position, positionAt: at, version: member.version + 1 };
        if (!(await tx.updateStaff(next, member.version)))
          throw new HttpError(409, 'stale_version', 'changed meanwhile');
        const events = await tx.appendEvents([
          {
            type: 'staff:moved',
            at,
            action: 'move',
            actor: actorOf(user),
            entityId: id,
            reason: null,
            entity: next,
          },
        ]);
        return { status: 200, body: next, events };
      },
    );
  }

  async setCameraStatus(
    user: User,
    id: string,
    status: CameraStatus,
    key: string | undefined,
  ): Promise<CommandResult> {
    if (scopeOf(user.role, 'camera:set-status') === null) throw forbidden('change camera status');
    const at = toShanghaiIso(this.deps.now());
    return runIdempotent(
      this.deps.repo,
      this.deps.publish,
      { userId: user.id, key, request: ['camera', id, status] },
      at,
      async (tx) => {
        const cam = await tx.getCamera(id);
        if (!cam) throw notFound('camera');
        if (cam.status === status) return { status: 200, body: cam, events: [] };
        const next = { ...cam, status, version: cam.version + 1 };
        if (!(await tx.updateCamera(next, cam.version)))
          throw new HttpError(409, 'stale_version', 'changed meanwhile');
        const events = await tx.appendEvents([
          {
            type: 'camera:status-changed',
            at,
            action: 'status',
            actor: actorOf(user),
            entityId: id,
            reason: null,
            entity: next,
          },
        ]);
        return { status: 200, body: next, events };
      },
    );
  }
}
