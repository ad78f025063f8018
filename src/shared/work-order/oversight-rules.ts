import { escalationLevel, type EscalationLevel } from '../schemas/work-order';
import { centreOnly, orderMust } from './guards';
import type { Guard } from './rule';
import type { RuleMap } from './rule';

const LADDER: readonly EscalationLevel[] = escalationLevel.options;

function nextLevel(level: EscalationLevel): EscalationLevel | null {
  return LADDER[LADDER.indexOf(level) + 1] ?? null;
}

/** WO28: escalating to the county is a leader's decision ("大事不出镇" — the county is the exception). */
const countyNeedsLeader: Guard = {
  rule: 'WO28',
  who: true,
  refuses: (order, actor) =>
    order.escalationLevel === 'town' && actor.role !== 'leader'
      ? 'escalating to the county needs the duty leader'
      : null,
};

/** 催办, 督办 and 上报 change no status: WO24–WO29 of SPEC.md. */
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
      countyNeedsLeader,
    ],
    payload: [
      {
        rule: 'WO29',
        refuses: (order, command) => {
          if (command.toLevel === undefined) return null;
          const from = LADDER.indexOf(order.escalationLevel);
          const to = LADDER.indexOf(command.toLevel);
          if (to <= from) return `toLevel ${command.toLevel} is not above ${order.escalationLevel}`;
          if (command.toLevel === 'county' && order.escalationLevel !== 'town')
            return 'the county is reached only from the town';
          return null;
        },
      },
    ],
    apply: (order, command) => {
      // The guards above have ruled out the top of the ladder and a level that is not higher.
      const to = command.toLevel ?? nextLevel(order.escalationLevel) ?? order.escalationLevel;
      return {
        changes: { escalationLevel: to, escalationRequest: null },
        data: { fromLevel: order.escalationLevel, toLevel: to },
      };
    },
  },
};
