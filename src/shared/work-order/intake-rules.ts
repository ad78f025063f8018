import type { WorkOrderStatus } from '../schemas/work-order';
import { assigneeOnly, centreOnly, orderMust } from './guards';
import type { RuleMap } from './rule';

/** A merge target that is itself finished or folded away would leave the duplicate with nowhere to live. */
const DEAD_TARGET: readonly WorkOrderStatus[] = ['rejected', 'merged', 'closed'];

/** 受理 → 立案 → 派遣 → 签收: WO1–WO9 of SPEC.md. */
export const intakeRules: Pick<
  RuleMap,
  'register' | 'reject' | 'merge' | 'dispatch' | 'accept' | 'return' | 'start'
> = {
  register: {
    from: ['new'],
    guards: [centreOnly('WO1')],
    apply: (_order, command) => ({
      changes: { status: 'registered', category: command.category, priority: command.priority },
      data: { category: command.category, priority: command.priority },
    }),
  },
  reject: {
    from: ['new'],
    guards: [centreOnly('WO2')],
    apply: () => ({ changes: { status: 'rejected' } }),
  },
  merge: {
    from: ['new'],
    guards: [centreOnly('WO3')],
    payload: [
      {
        rule: 'WO4',
        refuses: (order, command, ctx) => {
          const target = ctx.target;
          if (command.intoId === order.id) return 'an order cannot be merged into itself';
          if (!target) return `merge target ${command.intoId} was not provided`;
          if (target.id !== command.intoId) return `merge target ${target.id} is not ${command.intoId}`;
          if (DEAD_TARGET.includes(target.status)) return `merge target is ${target.status}`;
          return null;
        },
      },
    ],
    apply: (_order, command) => ({
      changes: { status: 'merged', mergedInto: command.intoId },
      data: { intoId: command.intoId },
    }),
  },
  dispatch: {
    from: ['registered'],
    guards: [
      centreOnly('WO5'),
      orderMust(
        'WO6',
        (order) => order.category !== null && order.priority !== null,
        'category and priority are required before dispatch',
      ),
    ],
    apply: (_order, command) => ({
      changes: { status: 'dispatched', assignee: command.assignee },
      data: { assignee: command.assignee },
    }),
  },
  accept: {
    from: ['dispatched'],
    guards: [assigneeOnly('WO7')],
    apply: (order) => ({ changes: { status: 'accepted' }, data: { assignee: order.assignee } }),
  },
  return: {
    from: ['dispatched'],
    guards: [assigneeOnly('WO8')],
    apply: (order) => ({
      changes: { status: 'registered', assignee: null },
      data: { assignee: order.assignee },
    }),
  },
  start: {
    from: ['accepted'],
    guards: [assigneeOnly('WO9')],
    apply: () => ({ changes: { status: 'in_progress' } }),
  },
};
