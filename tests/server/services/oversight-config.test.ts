import { afterEach, describe, expect, it } from 'vitest';
import { limitsFor } from '../../../src/shared/clock/limits';
import { nextStep } from '../../../src/shared/clock/order-clocks';
import { deadlineFor } from '../../../src/shared/clock/working-time';
import { OversightConfig } from '../../../src/server/services/oversight-config';
import { seededRepo } from '../../helpers/seeded-repo';

let cleanup: () => Promise<void> = async () => undefined;
afterEach(() => cleanup());

describe('the clocks of the simulated town', () => {
  it('run on the real rules when the speed is 1', async () => {
    const store = await seededRepo();
    cleanup = store.cleanup;
    const config = new OversightConfig(store.repo, 1);
    await config.load();
    const cfg = config.current();
    expect(cfg.demo).toBeUndefined();
    expect(limitsFor(cfg.rules, 'sanitation', 'P3').resolve).toEqual({
      amount: 3,
      unit: 'days',
      time: 'working',
    });
    expect(config.calendars().map((c) => c.year)).toEqual([2026]);
  });

  it('are compressed by SIM_SPEED into natural minutes, escalation delay included', async () => {
    const store = await seededRepo();
    cleanup = store.cleanup;
    const config = new OversightConfig(store.repo, 10);
    await config.load();
    const cfg = config.current();
    expect(config.speed).toBe(10);
    // P1 30 min → 3; P3 4 h → 24 min; 3 working days (3 × 7.5 h = 1350 min) → 135 min.
    expect(limitsFor(cfg.rules, 'safety', 'P1').signOff).toEqual({
      amount: 3,
      unit: 'minutes',
      time: 'natural',
    });
    expect(limitsFor(cfg.rules, 'safety', 'P3')).toEqual({
      signOff: { amount: 24, unit: 'minutes', time: 'natural' },
      resolve: { amount: 135, unit: 'minutes', time: 'natural' },
    });
    // Saturday night: nothing in working time would move, the demo clock still does.
    expect(
      deadlineFor(cfg.calendar, '2026-03-14T23:00:00+08:00', limitsFor(cfg.rules, 'safety', 'P3').signOff),
    ).toBe('2026-03-14T23:24:00.000+08:00');
    // Red at the deadline, then 2 working days (15 h) / 10 = 90 minutes to the first escalation.
    const due = '2026-03-14T23:24:00.000+08:00';
    const clock = {
      start: '2026-03-14T23:00:00+08:00',
      due,
      time: 'natural' as const,
      pauses: [],
      colour: 'red' as const,
      metAt: null,
      escalations: 0,
    };
    const step = nextStep(
      {
        status: 'dispatched',
        category: 'sanitation',
        escalationLevel: 'grid',
        escalationRequest: null,
        clocks: { signOff: clock, resolve: null, nextCheckAt: null },
      } as never,
      cfg,
    );
    // 23:24 + 90 min = 00:54 on Sunday, Shanghai time.
    expect(step).toEqual({ kind: 'escalate', stage: 'signOff', at: '2026-03-14T16:54:00.000Z' });
    expect(Date.parse(step!.at) - Date.parse(due)).toBe(90 * 60_000);
  });
});
