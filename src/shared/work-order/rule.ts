import type { CommandType, WorkOrder, WorkOrderCommand, WorkOrderStatus } from '../schemas/work-order';
import type { DecideContext, MachineActor } from './types';

export type CommandOf<K extends CommandType> = Extract<WorkOrderCommand, { type: K }>;

/**
 * A check that needs only the order and the actor, so allowedCommands can run it without a payload.
 * Returns the reason for refusing, or null when the check passes.
 */
export interface Guard {
  rule: string;
  /** A guard about who may act (role, assignee, verifier): its refusal is a 403, not a 409. */
  who?: boolean;
  refuses: (order: WorkOrder, actor: MachineActor) => string | null;
}

/** A check on the command's own fields or on ctx (the clock, the merge target): decide only. */
export interface PayloadGuard<C extends WorkOrderCommand> {
  rule: string;
  refuses: (order: WorkOrder, command: C, ctx: DecideContext) => string | null;
}

export interface Effect {
  changes: Partial<WorkOrder>;
  data?: Record<string, unknown>;
}

export interface CommandRule<C extends WorkOrderCommand> {
  from: readonly WorkOrderStatus[];
  /** Checked in order; the first refusal names the rule. Who may act comes first. */
  guards: readonly Guard[];
  payload?: readonly PayloadGuard<C>[];
  apply: (order: WorkOrder, command: C, ctx: DecideContext) => Effect;
}

export type RuleMap = { [K in CommandType]: CommandRule<CommandOf<K>> };
