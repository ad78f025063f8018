import { escalationLevel, type EscalationLevel } from '../schemas/work-order';
import { centreOnly, orderMust } from './guards';
import type { RuleMap } from './rule';

const LADDER: readonly EscalationLevel[] = escalationLevel.options;

function nextLevel(level: EscalationLevel): EscalationLevel | null {
  return LADDER[LADDER.indexOf(level) + 1] ?? null;
}

/** 催办, 督办 and 上报 change no status: WO24–WO27 of SPEC.md. */
export const oversightRules: Pick<RuleMap, 'urge' | 'supervise' | 'escalate'> = {
  urge: {
    from: ['dispatched', 'accepted', 'in_progress'],
    guards: [centreOnly('WO24')],
    apply: (order) => ({
      changes: { urgeCount: order.urgeCount + 1 },
      data: { urgeCount: order.urgeCount + 1 },
    }),
  },
  supervise: {
    from: ['dispatched', 'accepted', 'in_progress'],
    guards: [centreOnly('WO25')],
    apply: () => ({ changes: { supervised: true } }),
  },
  escalate: {
    from: ['registered', 'dispatched', 'accepted', 'in_progress', 'resolved'],
    guards: [
      centreOnly('WO26'),
      orderMust(
        'WO27',
        (order) => nextLevel(order.escalationLevel) !== null,
        'the order is already at county level',
      ),
    ],
    apply: (order) => {
      // The guard above has ruled out the top of the ladder.
      const to = nextLevel(order.escalationLevel) ?? order.escalationLevel;
      return { changes: { escalationLevel: to }, data: { fromLevel: order.escalationLevel, toLevel: to } };
    },
  },
};
