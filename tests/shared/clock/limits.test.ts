import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_RULES, limitsFor } from '../../../src/shared/clock/limits';
import { slaRule, type SlaRule } from '../../../src/shared/schemas/calendar';

describe('the default deadline rules of DESIGN §3.3', () => {
  it.each([
    ['P1', '30 minutes natural', '4 hours natural'],
    ['P2', '2 hours working', '1 days working'],
    ['P3', '4 hours working', '3 days working'],
    ['P4', '1 days working', '13 days working'],
  ] as const)('%s: sign-off %s, resolve %s', (priority, signOff, resolve) => {
    const limits = limitsFor(DEFAULT_SLA_RULES, 'sanitation', priority);
    expect(`${limits.signOff.amount} ${limits.signOff.unit} ${limits.signOff.time}`).toBe(signOff);
    expect(`${limits.resolve.amount} ${limits.resolve.unit} ${limits.resolve.time}`).toBe(resolve);
  });

  it('are valid rules', () => {
    for (const rule of DEFAULT_SLA_RULES) expect(slaRule.parse(rule)).toEqual(rule);
  });

  it('let a category row win over *', () => {
    const safety: SlaRule = {
      category: 'safety',
      priority: 'P3',
      signOff: { amount: 1, unit: 'hours', time: 'natural' },
      resolve: { amount: 1, unit: 'days', time: 'working' },
    };
    const rules = [...DEFAULT_SLA_RULES, safety];
    expect(limitsFor(rules, 'safety', 'P3')).toEqual({ signOff: safety.signOff, resolve: safety.resolve });
    expect(limitsFor(rules, 'sanitation', 'P3').signOff.amount).toBe(4);
  });

  it('fail loudly when no row applies', () => {
    expect(() => limitsFor([], 'safety', 'P1')).toThrow(/safety P1/);
  });
});
