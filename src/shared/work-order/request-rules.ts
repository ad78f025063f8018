import { assigneeOnly, assigneeOrCentre, centreOnly, isLater, orderMust } from './guards';
import type { Guard, RuleMap } from './rule';

function extensionPending(rule: string): Guard {
  return orderMust(rule, (order) => order.extension.state === 'requested', 'no extension request is pending');
}

function parkingPending(rule: string): Guard {
  return orderMust(rule, (order) => order.parking.state === 'requested', 'no parking request is pending');
}

/** 延期申请 and 挂账申请, both approved by the centre: WO10–WO17 of SPEC.md. */
export const requestRules: Pick<
  RuleMap,
  | 'request_extension'
  | 'approve_extension'
  | 'refuse_extension'
  | 'request_parking'
  | 'approve_parking'
  | 'refuse_parking'
  | 'resume'
> = {
  request_extension: {
    from: ['accepted', 'in_progress'],
    guards: [
      assigneeOnly('WO10'),
      orderMust(
        'WO10',
        (order) => order.extension.state !== 'requested',
        'an extension is already requested',
      ),
    ],
    payload: [
      {
        rule: 'WO11',
        refuses: (order, command, ctx) => {
          if (!isLater(command.until, ctx.now)) return 'the extension must end in the future';
          const deadline = order.deadlines.resolve;
          if (deadline !== null && !isLater(command.until, deadline))
            return 'the extension must end after the current resolve deadline';
          return null;
        },
      },
    ],
    apply: (_order, command) => ({
      changes: { extension: { state: 'requested', until: command.until, reason: command.reason } },
      data: { until: command.until },
    }),
  },
  approve_extension: {
    from: ['accepted', 'in_progress'],
    guards: [centreOnly('WO12'), extensionPending('WO12')],
    apply: (order) => ({
      changes: {
        extension: { ...order.extension, state: 'approved' },
        deadlines: { ...order.deadlines, resolve: order.extension.until ?? order.deadlines.resolve },
      },
      data: { until: order.extension.until, previousDeadline: order.deadlines.resolve },
    }),
  },
  refuse_extension: {
    from: ['accepted', 'in_progress'],
    guards: [centreOnly('WO13'), extensionPending('WO13')],
    apply: (order) => ({
      changes: { extension: { ...order.extension, state: 'refused' } },
      data: { until: order.extension.until },
    }),
  },
  request_parking: {
    from: ['in_progress'],
    guards: [
      assigneeOnly('WO14'),
      orderMust('WO14', (order) => !order.parked, 'the order is already parked'),
      orderMust('WO14', (order) => order.parking.state !== 'requested', 'parking is already requested'),
    ],
    apply: (_order, command) => ({ changes: { parking: { state: 'requested', reason: command.reason } } }),
  },
  approve_parking: {
    from: ['in_progress'],
    guards: [centreOnly('WO15'), parkingPending('WO15')],
    apply: (order) => ({ changes: { parked: true, parking: { ...order.parking, state: 'approved' } } }),
  },
  refuse_parking: {
    from: ['in_progress'],
    guards: [centreOnly('WO16'), parkingPending('WO16')],
    apply: (order) => ({ changes: { parking: { ...order.parking, state: 'refused' } } }),
  },
  resume: {
    from: ['in_progress'],
    guards: [assigneeOrCentre('WO17'), orderMust('WO17', (order) => order.parked, 'the order is not parked')],
    apply: () => ({ changes: { parked: false, parking: { state: 'none', reason: null } } }),
  },
};
