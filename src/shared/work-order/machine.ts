import { commandTypes, type CommandType, type WorkOrder, type WorkOrderCommand } from '../schemas/work-order';
import { closingRules } from './closing-rules';
import { intakeRules } from './intake-rules';
import { oversightRules } from './oversight-rules';
import { requestRules } from './request-rules';
import type { CommandRule, RuleMap } from './rule';
import type { DecideContext, Decision, MachineActor, MachineError, MachineEvent } from './types';

export type { DecideContext, Decision, MachineActor, MachineError, MachineEvent } from './types';

/** Every command has exactly one rule: the type checks that none is missing. See SPEC.md. */
const RULES: RuleMap = { ...intakeRules, ...requestRules, ...closingRules, ...oversightRules };

function ruleFor<C extends WorkOrderCommand>(command: C): CommandRule<C> {
  // TypeScript cannot tie a union member to its own entry of a mapped type; RuleMap's keys guarantee it.
  return RULES[command.type] as unknown as CommandRule<C>;
}

/**
 * The one evaluation of status and payload-free guards, shared by decide and allowedCommands so the
 * client's buttons can never disagree with the server's verdict.
 */
function refusal(order: WorkOrder, type: CommandType, actor: MachineActor): MachineError | null {
  const rule = RULES[type];
  if (!rule.from.includes(order.status)) {
    return {
      rule: 'WO-TRANSITION',
      message: `command ${type} is not allowed in status ${order.status}`,
      kind: 'conflict',
    };
  }
  for (const guard of rule.guards) {
    const message = guard.refuses(order, actor);
    if (message !== null) {
      return { rule: guard.rule, message: `${type}: ${message}`, kind: guard.who ? 'forbidden' : 'conflict' };
    }
  }
  return null;
}

/** The free text a command carries for the timeline: its reason, comment or note. */
function reasonOf(command: WorkOrderCommand): string | null {
  if ('reason' in command) return command.reason;
  if ('comment' in command) return command.comment;
  // The note is optional and may arrive blank: both mean there is nothing to show.
  if ('note' in command) return command.note === undefined || command.note === '' ? null : command.note;
  return null;
}

/**
 * The server's one verdict on a command: the next order (version + 1, updatedAt = ctx.now) with its
 * timeline events, or the SPEC.md rule that refuses it. The input order is never mutated.
 */
export function decide(order: WorkOrder, command: WorkOrderCommand, ctx: DecideContext): Decision {
  if (command.expectedVersion !== order.version) {
    return {
      ok: false,
      error: {
        rule: 'WO-VERSION',
        message: `stale version: expected ${command.expectedVersion}, order is at ${order.version}`,
        kind: 'conflict',
      },
    };
  }
  const refused = refusal(order, command.type, ctx.actor);
  if (refused !== null) return { ok: false, error: refused };

  const rule = ruleFor(command);
  for (const guard of rule.payload ?? []) {
    const message = guard.refuses(order, command, ctx);
    if (message !== null)
      return {
        ok: false,
        error: { rule: guard.rule, message: `${command.type}: ${message}`, kind: 'conflict' },
      };
  }

  const effect = rule.apply(order, command, ctx);
  // A deep copy, so that neither the input order nor the command shares an object with the result.
  const next: WorkOrder = structuredClone({
    ...order,
    ...effect.changes,
    version: order.version + 1,
    updatedAt: ctx.now,
  });
  const event: MachineEvent = {
    action: command.type,
    reason: reasonOf(command),
    data: structuredClone({ from: order.status, to: next.status, ...effect.data }),
  };
  return { ok: true, order: next, events: [event] };
}

/** The commands some valid payload of which this actor could issue now (version and payload aside). */
export function allowedCommands(order: WorkOrder, actor: MachineActor): CommandType[] {
  return commandTypes.filter((type) => refusal(order, type, actor) === null);
}
