import type { SlaLimit, SlaRule } from '../schemas/calendar';
import type { CategoryCode } from '../schemas/town';
import type { Priority } from '../schemas/work-order';

export interface StageLimits {
  signOff: SlaLimit;
  resolve: SlaLimit;
}

/** The example defaults of DESIGN §3.3. P1 runs on natural time: an emergency does not wait for 08:30. */
export const DEFAULT_SLA_RULES: readonly SlaRule[] = [
  {
    category: '*',
    priority: 'P1',
    signOff: { amount: 30, unit: 'minutes', time: 'natural' },
    resolve: { amount: 4, unit: 'hours', time: 'natural' },
  },
  {
    category: '*',
    priority: 'P2',
    signOff: { amount: 2, unit: 'hours', time: 'working' },
    resolve: { amount: 1, unit: 'days', time: 'working' },
  },
  {
    category: '*',
    priority: 'P3',
    signOff: { amount: 4, unit: 'hours', time: 'working' },
    resolve: { amount: 3, unit: 'days', time: 'working' },
  },
  {
    category: '*',
    priority: 'P4',
    signOff: { amount: 1, unit: 'days', time: 'working' },
    resolve: { amount: 13, unit: 'days', time: 'working' },
  },
];

/** The row for this category and priority, else the '*' row of the priority. */
export function limitsFor(
  rules: readonly SlaRule[],
  category: CategoryCode,
  priority: Priority,
): StageLimits {
  const rule =
    rules.find((r) => r.priority === priority && r.category === category) ??
    rules.find((r) => r.priority === priority && r.category === '*');
  if (rule === undefined) throw new Error(`no deadline rule for ${category} ${priority}`);
  return { signOff: rule.signOff, resolve: rule.resolve };
}
