import { describe, expect, it } from 'vitest';
import cn2026 from '../../../src/server/data/calendar/cn-holidays-2026.json';
import { calendarYear } from '../../../src/shared/schemas/calendar';
import {
  cardColour,
  elapsedFraction,
  instantAtFraction,
  makeCalendar,
  shiftForPauses,
  stageColour,
  type StageClock,
} from '../../../src/shared/clock/working-time';
import { toShanghaiIso } from '../../../src/shared/work-order-number';

const cal = makeCalendar([calendarYear.parse(cn2026)]);
const at = (iso: string): string => toShanghaiIso(iso);

// P3 resolution of the worked example: 24 working hours =
// Fri 02-13 16:00–17:30 (1.5 h) + Sat 02-14 (7.5 h) + Tue 02-24 (7.5 h) + Wed 02-25 (7.5 h).
const p3Resolve: StageClock = {
  start: '2026-02-13T16:00:00+08:00',
  deadline: '2026-02-25T17:30:00+08:00',
  time: 'working',
  pauses: [],
};
// Parked Tue 02-24 10:00–15:00: 10:00–12:00 (2 h) + 13:30–15:00 (1.5 h) = 3.5 working hours.
const parkedOnce = {
  ...p3Resolve,
  pauses: [{ from: '2026-02-24T10:00:00+08:00', to: '2026-02-24T15:00:00+08:00' }],
};
const stillParked = { ...p3Resolve, pauses: [{ from: '2026-02-24T10:00:00+08:00', to: null }] };

// P2 sign-off received Tue 03-10 10:30, 2 working hours: 10:30–12:00 (1.5 h) + 13:30–14:00 → 14:00.
const p2SignOff: StageClock = {
  start: '2026-03-10T10:30:00+08:00',
  deadline: '2026-03-10T14:00:00+08:00',
  time: 'working',
  pauses: [],
};

// P1 resolution in natural time: 09:00 + 4 h = 13:00.
const p1Resolve: StageClock = {
  start: '2026-03-10T09:00:00+08:00',
  deadline: '2026-03-10T13:00:00+08:00',
  time: 'natural',
  pauses: [],
};

describe('parking shifts the deadline', () => {
  it.each([
    // 02-25 17:30 + 3.5 working hours → Thu 02-26 08:30–12:00 (3.5 h) → 12:00, a period end that stays.
    ['working, closed pause', parkedOnce, '2026-02-26T12:00:00+08:00'],
    // 13:00 + 45 min of parking (10:00–10:45) → 13:45.
    [
      'natural, closed pause',
      { ...p1Resolve, pauses: [{ from: '2026-03-10T10:00:00+08:00', to: '2026-03-10T10:45:00+08:00' }] },
      '2026-03-10T13:45:00+08:00',
    ],
    // Overlapping pauses 10:00–10:30 and 10:15–10:45 are 45 min, not 60 → 13:45.
    [
      'natural, overlapping pauses',
      {
        ...p1Resolve,
        pauses: [
          { from: '2026-03-10T10:15:00+08:00', to: '2026-03-10T10:45:00+08:00' },
          { from: '2026-03-10T10:00:00+08:00', to: '2026-03-10T10:30:00+08:00' },
        ],
      },
      '2026-03-10T13:45:00+08:00',
    ],
    // Parked 14:00–15:00, after the 13:00 deadline had passed: nothing given back.
    [
      'natural, pause after the deadline',
      { ...p1Resolve, pauses: [{ from: '2026-03-10T14:00:00+08:00', to: '2026-03-10T15:00:00+08:00' }] },
      '2026-03-10T13:00:00+08:00',
    ],
    // Parked 12:10–13:20, inside the lunch break: no working time in it → 14:00 unchanged.
    [
      'working, pause inside the lunch break',
      { ...p2SignOff, pauses: [{ from: '2026-03-10T12:10:00+08:00', to: '2026-03-10T13:20:00+08:00' }] },
      '2026-03-10T14:00:00+08:00',
    ],
  ] as const)('%s', (_name, stage, due) => {
    expect(shiftForPauses(cal, stage.deadline, stage.time, stage.pauses)).toBe(at(due));
    // The shifted deadline is where 100 % of the limit is used.
    expect(instantAtFraction(cal, stage, 1)).toBe(at(due));
  });

  it('has no deadline while the order is still parked', () => {
    expect(shiftForPauses(cal, stillParked.deadline, 'working', stillParked.pauses)).toBeNull();
    // 80 % = 19.2 h is never reached before parking at 10.5 h.
    expect(instantAtFraction(cal, stillParked, 0.8)).toBeNull();
    // 25 % = 6 h: Fri 1.5 h, Sat 08:30–12:00 3.5 h, 13:30 + 1 h → 14:30, before the parking.
    expect(instantAtFraction(cal, stillParked, 0.25)).toBe(at('2026-02-14T14:30:00+08:00'));
  });
});

describe('the fraction of the limit used', () => {
  it.each([
    // Before the start nothing is used.
    ['before the start', p3Resolve, '2026-02-13T09:00:00+08:00', 0],
    // Fri 1.5 h + Sat 7.5 h = 9 h of 24.
    ['over the Spring Festival', p3Resolve, '2026-02-20T10:00:00+08:00', 9 / 24],
    // At the deadline: exactly 1.
    ['at the deadline', p3Resolve, '2026-02-25T17:30:00+08:00', 1],
    // 1.5 + 7.5 + (08:30–12:00 3.5 h + 13:30–15:00 1.5 h) − 3.5 h parked = 10.5 h of 24.
    ['after parking', parkedOnce, '2026-02-24T15:00:00+08:00', 10.5 / 24],
    // Still parked since 02-24 10:00: 1.5 + 7.5 + 1.5 = 10.5 h, frozen.
    ['while still parked', stillParked, '2026-02-27T10:00:00+08:00', 10.5 / 24],
    // 10:30–12:00 = 90 min of 120; lunch does not count.
    ['during lunch', p2SignOff, '2026-03-10T12:45:00+08:00', 0.75],
    // Natural: 09:00–11:00 = 2 h − 45 min parked = 1.25 h of 4.
    [
      'natural with parking',
      { ...p1Resolve, pauses: [{ from: '2026-03-10T10:00:00+08:00', to: '2026-03-10T10:45:00+08:00' }] },
      '2026-03-10T11:00:00+08:00',
      0.3125,
    ],
  ] as const)('%s', (_name, stage, now, fraction) => {
    expect(elapsedFraction(cal, stage, now)).toBe(fraction);
  });

  it('refuses a deadline that leaves no time', () => {
    expect(() =>
      elapsedFraction(cal, { ...p1Resolve, deadline: p1Resolve.start }, p1Resolve.start),
    ).toThrow();
  });
});

describe('scheduling the cards', () => {
  it('puts the yellow card at 80 % across the lunch break', () => {
    // 0.8 × 120 min = 96 min: 10:30–12:00 is 90 min, then 13:30 + 6 min → 13:36.
    const yellow = instantAtFraction(cal, p2SignOff, 0.8) ?? 'never';
    expect(yellow).toBe(at('2026-03-10T13:36:00+08:00'));
    expect(elapsedFraction(cal, p2SignOff, yellow)).toBe(0.8);
    expect(cardColour(elapsedFraction(cal, p2SignOff, yellow))).toBe('yellow');
    expect(cardColour(elapsedFraction(cal, p2SignOff, '2026-03-10T13:35:59+08:00'))).toBe('green');
  });

  it('puts the yellow card of the worked example on the make-up Saturday', () => {
    // 0.8 × 4 h = 192 min: Fri 16:00–17:30 is 90 min, then Sat 08:30 + 102 min → 10:12.
    const signOff = { ...p3Resolve, deadline: '2026-02-14T11:00:00+08:00' };
    expect(instantAtFraction(cal, signOff, 0.8)).toBe(at('2026-02-14T10:12:00+08:00'));
    expect(instantAtFraction(cal, signOff, 0)).toBe(at(signOff.start));
  });

  it('turns red just after the deadline', () => {
    expect(instantAtFraction(cal, p2SignOff, 1)).toBe(at('2026-03-10T14:00:00+08:00'));
    expect(stageColour(cal, p2SignOff, '2026-03-10T14:00:00+08:00')).toBe('yellow');
    expect(stageColour(cal, p2SignOff, '2026-03-10T14:00:00.001+08:00')).toBe('red');
    expect(stageColour(cal, p2SignOff, '2026-03-10T10:31:00+08:00')).toBe('green');
  });

  it('turns red overnight although the working clock stands at exactly 100 %', () => {
    // Due Wed 02-25 17:30; at 18:00 no working time has passed since, so the fraction is still 1.
    expect(elapsedFraction(cal, p3Resolve, '2026-02-25T18:00:00+08:00')).toBe(1);
    expect(cardColour(1)).toBe('yellow');
    expect(stageColour(cal, p3Resolve, '2026-02-25T18:00:00+08:00')).toBe('red');
    // Parked 3.5 h: due 02-26 12:00, so 02-26 11:59 is yellow (23.98 h of 24) and 12:01 red.
    expect(stageColour(cal, parkedOnce, '2026-02-26T11:59:00+08:00')).toBe('yellow');
    expect(stageColour(cal, parkedOnce, '2026-02-26T12:01:00+08:00')).toBe('red');
  });

  it('lands on the exact millisecond despite float noise', () => {
    // 1.1 × 180 000 ms is 198 000.00000000003 in floating point; the instant is still 09:03:18.000.
    const threeMinutes: StageClock = { ...p1Resolve, deadline: '2026-03-10T09:03:00+08:00' };
    expect(instantAtFraction(cal, threeMinutes, 1.1)).toBe(at('2026-03-10T09:03:18+08:00'));
  });

  it.each([
    [0, 'green'],
    [0.7999, 'green'],
    [0.8, 'yellow'],
    [1.0, 'yellow'],
    [1.0001, 'red'],
  ] as const)('cardColour(%s) → %s', (fraction, colour) => {
    expect(cardColour(fraction)).toBe(colour);
  });
});
