import { randomUUID } from 'node:crypto';
import { scopeOf } from '../../shared/auth/policy';
import { project } from '../../shared/auth/projection';
import { locateGrid } from '../../shared/geo/locate-grid';
import type { DomainEvent } from '../../shared/schemas/event';
import type { User } from '../../shared/schemas/user';
import type { CreateWorkOrderBody, WorkOrder, WorkOrderCommand } from '../../shared/schemas/work-order';
import { formatWorkOrderNumber, shanghaiDay, toShanghaiIso } from '../../shared/work-order-number';
import { decide, type MachineActor } from '../../shared/work-order/machine';
import { clocksAfter, responsibleUnit, type ClockConfig } from '../../shared/clock/order-clocks';
import { newWorkOrder } from '../../shared/work-order/new-work-order';
import type { ReferenceData, Repository, Tx } from '../db/repository';
import { forbidden, HttpError, notFound } from '../http/errors';
import { runIdempotent, type CommandResult } from './idempotent';

export interface WorkOrderServiceDeps {
  repo: Repository;
  reference: () => ReferenceData;
  now: () => Date;
  /** Pushes committed events to the sockets; called only after the transaction commits. */
  publish: (events: DomainEvent[]) => void;
  /** The working calendar, rule table and ladders the deadlines are counted on. */
  clocks: () => ClockConfig;
}

const actorOf = (user: User): { userId: string; username: string; role: string } => ({
  userId: user.id,
  username: user.username,
  role: user.role,
});

export const machineActor = (user: User): MachineActor => ({
  userId: user.id,
  role: user.role,
  ...(user.staffId !== undefined ? { staffId: user.staffId } : {}),
  ...(user.departmentId !== undefined ? { departmentId: user.departmentId } : {}),
  ...(user.gridIds !== undefined ? { gridIds: user.gridIds } : {}),
});

/** Creation and commands: decide with the pure machine, write entity + events in one transaction. */
export class WorkOrderService {
  constructor(private readonly deps: WorkOrderServiceDeps) {}

  async create(user: User, body: CreateWorkOrderBody, idemKey: string | undefined): Promise<CommandResult> {
    if (scopeOf(user.role, 'work-order:create') === null) throw forbidden('create work orders');
    const now = this.deps.now();
    const at = toShanghaiIso(now);
    const where = locateGrid(body.location, this.deps.reference().grids);
    if (scopeOf(user.role, 'work-order:create') === 'own-grids' && where.gridId !== null) {
      // A grid worker reports in their own grids; out-of-grid reports still reach the centre.
      if (!(user.gridIds ?? []).includes(where.gridId)) throw forbidden('report outside your grids');
    }
    return runIdempotent(
      this.deps.repo,
      this.deps.publish,
      { userId: user.id, key: idemKey, request: ['create', body] },
      at,
      async (tx) => {
        const n = await tx.nextCounter(`work-order:${shanghaiDay(at)}`);
        const order = newWorkOrder({
          ...body,
          id: randomUUID(),
          number: formatWorkOrderNumber(shanghaiDay(at), n),
          gridId: where.gridId,
          villageId: where.villageId,
          createdBy: user.id,
          at,
        });
        await tx.insertWorkOrder(order);
        const events = await tx.appendEvents([
          {
            type: 'work-order:created',
            at,
            action: 'create',
            actor: actorOf(user),
            entityId: order.id,
            reason: null,
            data: body.photos && body.photos.length > 0 ? { photos: body.photos } : null,
            entity: order,
          },
        ]);
        return { status: 201, body: project({ kind: 'work-order', value: order }, user) ?? order, events };
      },
    );
  }

  async command(
    user: User,
    id: string,
    command: WorkOrderCommand,
    idemKey: string | undefined,
  ): Promise<CommandResult> {
    if (scopeOf(user.role, 'work-order:command') === null) throw forbidden('change work orders');
    const now = this.deps.now();
    const at = toShanghaiIso(now);
    const request = ['command', id, command];
    return runIdempotent(
      this.deps.repo,
      this.deps.publish,
      { userId: user.id, key: idemKey, request },
      at,
      async (tx) => {
        const order = await tx.getWorkOrder(id);
        if (!order) throw notFound('work order');
        // Outside the viewer's scope (another grid, another department): the policy refuses it.
        if (project({ kind: 'work-order', value: order }, user) === null)
          throw new HttpError(403, 'forbidden', 'this work order is outside your scope', { rule: 'SCOPE' });
        const target = command.type === 'merge' ? await this.mergeTarget(tx, user, command.intoId) : null;
        if (command.type === 'dispatch') await this.checkAssignee(tx, order, command.assignee);
        const decision = decide(order, command, { actor: machineActor(user), now: at, target });
        if (!decision.ok) {
          const { rule, message, kind } = decision.error;
          if (kind === 'forbidden') throw new HttpError(403, 'forbidden', message, { rule });
          const code = rule === 'WO-VERSION' ? 'stale_version' : 'illegal_transition';
          throw new HttpError(409, code, message, { rule });
        }
        const next = clocksAfter(decision.order, command.type, at, this.deps.clocks());
        if (!(await tx.updateWorkOrder(next, order.version))) {
          throw new HttpError(409, 'stale_version', 'the order changed meanwhile', { rule: 'WO-VERSION' });
        }
        if (command.type === 'supervise') {
          // 督办 by hand, like the red card's: a record the responsible unit must answer.
          await tx.oversight.insertSupervision({
            id: randomUUID(),
            orderId: next.id,
            unit: responsibleUnit(next),
            openedAt: at,
            openedBy: user.id,
            reason: command.comment,
            answeredAt: null,
            answeredBy: null,
            answer: null,
          });
        }
        const events: DomainEvent[] = await tx.appendEvents(
          decision.events.map((e) => ({
            type: 'work-order:updated' as const,
            at,
            action: e.action,
            actor: actorOf(user),
            entityId: next.id,
            reason: e.reason,
            data: e.data ?? null,
            entity: next,
          })),
        );
        return { status: 200, body: project({ kind: 'work-order', value: next }, user) ?? next, events };
      },
    );
  }

  private async mergeTarget(tx: Tx, user: User, intoId: string): Promise<WorkOrder> {
    const target = await tx.getWorkOrder(intoId);
    if (!target || project({ kind: 'work-order', value: target }, user) === null)
      throw notFound('merge target');
    return target;
  }

  /** Dispatch names a real unit: a staff member of the order's grid, a department or a squad. */
  private async checkAssignee(
    tx: Tx,
    order: WorkOrder,
    assignee: { kind: string; id: string },
  ): Promise<void> {
    if (assignee.kind === 'staff') {
      const member = await tx.getStaff(assignee.id);
      if (!member)
        throw new HttpError(400, 'validation_failed', 'assignee staff not found', {
          fields: { 'assignee.id': 'unknown staff' },
        });
      if (order.gridId && !member.gridIds.includes(order.gridId)) {
        throw new HttpError(400, 'validation_failed', 'staff member does not work in the order grid', {
          fields: { 'assignee.id': 'not in this grid' },
        });
      }
      return;
    }
    const dept = this.deps.reference().departments.find((d) => d.id === assignee.id);
    const kindOk = dept && (assignee.kind === 'squad' ? dept.kind === 'squad' : dept.kind !== 'squad');
    if (!kindOk) {
      throw new HttpError(400, 'validation_failed', `unknown ${assignee.kind} ${assignee.id}`, {
        fields: { 'assignee.id': `unknown ${assignee.kind}` },
      });
    }
  }
}
