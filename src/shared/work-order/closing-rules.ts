import { assigneeOnly, centreOnly, notHandler, orderMust, verifierOnly } from './guards';
import type { RuleMap } from './rule';

/** 处置 → 核查 → 结案 → 评价, and reopening: WO18–WO23 of SPEC.md. */
export const closingRules: Pick<RuleMap, 'resolve' | 'verify_pass' | 'verify_fail' | 'close' | 'reopen'> = {
  resolve: {
    from: ['in_progress'],
    guards: [
      assigneeOnly('WO18'),
      orderMust('WO18', (order) => !order.parked, 'a parked order must be resumed before it is resolved'),
    ],
    apply: (_order, command, ctx) => ({
      changes: { status: 'resolved', handlerUserId: ctx.actor.userId },
      data: { report: command.report, photos: command.photos ?? [], handlerUserId: ctx.actor.userId },
    }),
  },
  verify_pass: {
    from: ['resolved'],
    guards: [verifierOnly('WO19'), notHandler('WO21')],
    apply: (order, _command, ctx) => ({
      changes: { status: 'verified' },
      data: { handlerUserId: order.handlerUserId, verifierUserId: ctx.actor.userId },
    }),
  },
  // 返工: back to the same unit; whoever resolves it next becomes the handler.
  verify_fail: {
    from: ['resolved'],
    guards: [verifierOnly('WO20'), notHandler('WO21')],
    apply: (order, _command, ctx) => ({
      changes: { status: 'dispatched', handlerUserId: null },
      data: {
        assignee: order.assignee,
        handlerUserId: order.handlerUserId,
        verifierUserId: ctx.actor.userId,
      },
    }),
  },
  close: {
    from: ['verified'],
    guards: [centreOnly('WO22')],
    apply: (_order, command) => ({
      changes: { status: 'closed', satisfaction: command.satisfaction },
      data: { satisfaction: command.satisfaction },
    }),
  },
  // Back to triage rather than to the old unit: the centre decides afresh who takes it.
  reopen: {
    from: ['closed'],
    guards: [centreOnly('WO23')],
    apply: (order) => ({
      changes: { status: 'registered', assignee: null, satisfaction: null },
      data: { assignee: order.assignee, satisfaction: order.satisfaction },
    }),
  },
};
