import { can } from '../auth/policy';
import type { Role } from '../schemas/user';
import type { WorkOrder } from '../schemas/work-order';
import type { Guard } from './rule';
import type { MachineActor } from './types';

const CENTRE_ROLES: readonly Role[] = ['operator', 'leader', 'admin'];

/** The command centre: 受理, 派遣, approvals, 结案 and oversight. */
export function isCentre(actor: MachineActor): boolean {
  return CENTRE_ROLES.includes(actor.role);
}

/**
 * The unit the order is dispatched to. A staff assignee is matched by staff record whatever the user's
 * role, but a role the policy forbids to command orders (the wall kiosk) never counts.
 */
export function isAssignee(order: WorkOrder, actor: MachineActor): boolean {
  const assignee = order.assignee;
  if (assignee === null || !can(actor.role, 'work-order:command')) return false;
  if (assignee.kind === 'staff') return actor.staffId === assignee.id;
  return actor.role === 'dept_handler' && actor.departmentId === assignee.id;
}

/** 核查 is done on site by a grid worker of the order's own grid, or by the centre. */
export function isVerifier(order: WorkOrder, actor: MachineActor): boolean {
  if (isCentre(actor)) return true;
  const gridId = order.gridId;
  return actor.role === 'grid_worker' && gridId !== null && (actor.gridIds ?? []).includes(gridId);
}

export function centreOnly(rule: string): Guard {
  return {
    rule,
    who: true,
    refuses: (_order, actor) => (isCentre(actor) ? null : `role ${actor.role} is not a centre role`),
  };
}

export function assigneeOnly(rule: string): Guard {
  return {
    rule,
    who: true,
    refuses: (order, actor) => (isAssignee(order, actor) ? null : 'only the assignee may do this'),
  };
}

export function assigneeOrCentre(rule: string): Guard {
  return {
    rule,
    who: true,
    refuses: (order, actor) =>
      isAssignee(order, actor) || isCentre(actor) ? null : 'only the assignee or the centre may do this',
  };
}

export function verifierOnly(rule: string): Guard {
  return {
    rule,
    who: true,
    refuses: (order, actor) =>
      isVerifier(order, actor) ? null : "only a grid worker of the order's grid or the centre may verify",
  };
}

/** Independent 核查: whoever resolved the order cannot pass judgement on it. */
export function notHandler(rule: string): Guard {
  return {
    rule,
    who: true,
    refuses: (order, actor) =>
      order.handlerUserId !== null && order.handlerUserId === actor.userId
        ? 'the verifier must differ from the handler'
        : null,
  };
}

/** A guard on the order's own state; `message` explains the refusal when `holds` is false. */
export function orderMust(rule: string, holds: (order: WorkOrder) => boolean, message: string): Guard {
  return { rule, refuses: (order) => (holds(order) ? null : message) };
}

/** Instants arrive with differing offsets, so they are compared as epoch milliseconds, never as text. */
export function isLater(a: string, b: string): boolean {
  const left = Date.parse(a);
  const right = Date.parse(b);
  return Number.isFinite(left) && Number.isFinite(right) && left > right;
}
