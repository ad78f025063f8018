import { describe, expect, it } from 'vitest';
import cn2026 from '../../../src/server/data/calendar/cn-holidays-2026.json';
import { calendarYear, type SlaLimit } from '../../../src/shared/schemas/calendar';
import {
  addWorkingMs,
  deadlineFor,
  isWorkingDay,
  makeCalendar,
  missingYears,
  workingMsBetween,
} from '../../../src/shared/clock/working-time';
import { toShanghaiIso } from '../../../src/shared/work-order-number';

const cal = makeCalendar([calendarYear.parse(cn2026)]);
const HOUR = 3_600_000;

const natural = (amount: number, unit: SlaLimit['unit']): SlaLimit => ({ amount, unit, time: 'natural' });
const working = (amount: number, unit: SlaLimit['unit']): SlaLimit => ({ amount, unit, time: 'working' });

describe('the worked example of DESIGN §3.3', () => {
  // P3 received Fri 2026-02-13 16:00.
  const received = '2026-02-13T16:00:00+08:00';

  it('signs off within 4 working hours, on the make-up working Saturday', () => {
    // Fri 16:00–17:30 = 1.5 h; Sat 02-14 is 调休上班: 08:30 + 2.5 h = 11:00.
    expect(deadlineFor(cal, received, working(4, 'hours'))).toBe('2026-02-14T11:00:00.000+08:00');
  });

  it('resolves within 3 working days, skipping the Spring Festival', () => {
    // Working days after 02-13: 02-14 (Sat, make-up) = 1; 02-15…02-23 off; 02-24 = 2; 02-25 = 3 → 17:30.
    expect(deadlineFor(cal, received, working(3, 'days'))).toBe('2026-02-25T17:30:00.000+08:00');
  });
});

describe('deadlines, hand-computed', () => {
  const cases: { name: string; received: string; limit: SlaLimit; due: string }[] = [
    // National Day: Wed 09-30 15:00–17:30 = 2.5 h; 10-01…10-07 off; Thu 10-08 08:30 + 1.5 h = 10:00.
    {
      name: 'National Day, hours',
      received: '2026-09-30T15:00:00+08:00',
      limit: working(4, 'hours'),
      due: '2026-10-08T10:00:00+08:00',
    },
    // Working days after 09-30: 10-08 (Thu) = 1, 10-09 (Fri) = 2, 10-10 (Sat, make-up) = 3 → 17:30.
    {
      name: 'National Day, days, ending on the make-up Saturday',
      received: '2026-09-30T15:00:00+08:00',
      limit: working(3, 'days'),
      due: '2026-10-10T17:30:00+08:00',
    },
    // Fri 09-18 17:00–17:30 = 0.5 h; Sat 09-19 off; Sun 09-20 is 调休上班: 08:30 + 1.5 h = 10:00.
    {
      name: 'the make-up Sunday 2026-09-20, hours',
      received: '2026-09-18T17:00:00+08:00',
      limit: working(2, 'hours'),
      due: '2026-09-20T10:00:00+08:00',
    },
    // The first working day after Fri 09-18 is Sun 09-20 → 17:30.
    {
      name: 'the make-up Sunday 2026-09-20, days',
      received: '2026-09-18T17:00:00+08:00',
      limit: working(1, 'days'),
      due: '2026-09-20T17:30:00+08:00',
    },
    // Tue 03-10 11:00–12:00 = 1 h; lunch 12:00–13:30 does not count; 13:30 + 1 h = 14:30.
    {
      name: 'crossing the lunch break',
      received: '2026-03-10T11:00:00+08:00',
      limit: working(2, 'hours'),
      due: '2026-03-10T14:30:00+08:00',
    },
    // Received during lunch (12:15): counting starts at 13:30; + 30 min = 14:00.
    {
      name: 'received during lunch',
      received: '2026-03-10T12:15:00+08:00',
      limit: working(30, 'minutes'),
      due: '2026-03-10T14:00:00+08:00',
    },
    // Tue 23:30 (given in UTC as 15:30Z): counting starts Wed 03-11 08:30; + 2 h = 10:30.
    {
      name: 'received at night, given in UTC',
      received: '2026-03-10T15:30:00Z',
      limit: working(2, 'hours'),
      due: '2026-03-11T10:30:00+08:00',
    },
    // Sat 03-14 22:00: Sat and Sun are rest days; Mon 03-16 08:30 + 2 h = 10:30.
    {
      name: 'received on a weekend night, hours',
      received: '2026-03-14T22:00:00+08:00',
      limit: working(2, 'hours'),
      due: '2026-03-16T10:30:00+08:00',
    },
    // The day of receipt is Sat 03-14; the first working day after it is Mon 03-16 → 17:30.
    {
      name: 'received on a weekend night, days',
      received: '2026-03-14T22:00:00+08:00',
      limit: working(1, 'days'),
      due: '2026-03-16T17:30:00+08:00',
    },
    // P1 in natural time during the Spring Festival night: 02:10 + 30 min = 02:40.
    {
      name: 'P1 sign-off at night, natural',
      received: '2026-02-16T02:10:00+08:00',
      limit: natural(30, 'minutes'),
      due: '2026-02-16T02:40:00+08:00',
    },
    // P1 resolve across midnight on a holiday: 10-01 23:50 + 4 h = 10-02 03:50.
    {
      name: 'P1 resolve across midnight, natural',
      received: '2026-10-01T23:50:00+08:00',
      limit: natural(4, 'hours'),
      due: '2026-10-02T03:50:00+08:00',
    },
    // Natural days are 24-hour days: 03-10 16:00 + 2 × 24 h = 03-12 16:00.
    {
      name: 'natural days',
      received: '2026-03-10T16:00:00+08:00',
      limit: natural(2, 'days'),
      due: '2026-03-12T16:00:00+08:00',
    },
    // 13:30–17:30 is exactly 4 h: the deadline stays at 17:30, not the next day's 08:30.
    {
      name: 'hours ending exactly at 17:30',
      received: '2026-03-10T13:30:00+08:00',
      limit: working(4, 'hours'),
      due: '2026-03-10T17:30:00+08:00',
    },
    // 09:30–12:00 is exactly 2.5 h = 150 min: the deadline stays at 12:00, not 13:30.
    {
      name: 'minutes ending exactly at noon',
      received: '2026-03-10T09:30:00+08:00',
      limit: working(150, 'minutes'),
      due: '2026-03-10T12:00:00+08:00',
    },
    // No 2027 data: plain weekends. Fri 2027-02-05 16:00–17:30 = 1.5 h; Mon 02-08 08:30 + 2.5 h = 11:00.
    {
      name: 'a year without data, hours',
      received: '2027-02-05T16:00:00+08:00',
      limit: working(4, 'hours'),
      due: '2027-02-08T11:00:00+08:00',
    },
    // Working days after Fri 02-05: Mon 02-08 = 1, Tue 02-09 = 2, Wed 02-10 = 3 → 17:30.
    {
      name: 'a year without data, days',
      received: '2027-02-05T16:00:00+08:00',
      limit: working(3, 'days'),
      due: '2027-02-10T17:30:00+08:00',
    },
    // Thu 2026-12-31 → Fri 2027-01-01 (no data, so a plain Friday) = 1, Mon 01-04 = 2, Tue 01-05 = 3.
    {
      name: 'into a year without data',
      received: '2026-12-31T16:00:00+08:00',
      limit: working(3, 'days'),
      due: '2027-01-05T17:30:00+08:00',
    },
    // P4: 13 working days after Wed 09-30: 10-08, 09, 10 (Sat) = 3; 10-12…16 = 8; 10-19…23 = 13.
    {
      name: 'P4 resolve over National Day',
      received: '2026-09-30T10:00:00+08:00',
      limit: working(13, 'days'),
      due: '2026-10-23T17:30:00+08:00',
    },
  ];

  it.each(cases)('$name: $received + $limit.amount $limit.unit → $due', ({ received, limit, due }) => {
    expect(deadlineFor(cal, received, limit)).toBe(toShanghaiIso(due));
  });
});

describe('the working-day calendar', () => {
  it.each([
    ['2026-02-13', true], // Friday
    ['2026-02-14', true], // Saturday, 调休上班
    ['2026-02-15', false], // Spring Festival
    ['2026-02-23', false], // Monday given off
    ['2026-09-19', false], // plain Saturday
    ['2026-09-20', true], // Sunday, 调休上班 for National Day
    ['2026-10-08', true], // Thursday after National Day
    ['2026-10-10', true], // Saturday, 调休上班
    ['2027-01-01', true], // no 2027 data: a plain Friday
    ['2027-01-02', false], // plain Saturday
  ] as const)('%s → %s', (day, expected) => {
    expect(isWorkingDay(cal, day)).toBe(expected);
  });

  it('lists the years without data', () => {
    expect(missingYears(cal, 2025, 2027)).toEqual([2025, 2027]);
    expect(missingYears(makeCalendar([]), 2026, 2026)).toEqual([2026]);
  });

  it('honours other working hours', () => {
    const late = makeCalendar([], [{ start: '09:00', end: '18:00' }]);
    // Tue 2027-03-09 17:00–18:00 = 1 h; Wed 09:00 + 1 h = 10:00.
    expect(deadlineFor(late, '2027-03-09T17:00:00+08:00', working(2, 'hours'))).toBe(
      toShanghaiIso('2027-03-10T10:00:00+08:00'),
    );
    expect(() => makeCalendar([], [])).toThrow();
  });

  it('rejects what is not a date', () => {
    expect(() => isWorkingDay(cal, '2026-2-3')).toThrow();
    expect(() => deadlineFor(cal, 'yesterday', working(1, 'hours'))).toThrow();
  });
});

describe('working milliseconds', () => {
  it('counts only working periods of working days', () => {
    // Fri 02-13 16:00–17:30 = 1.5 h, Sat 02-14 08:30–11:00 = 2.5 h.
    expect(workingMsBetween(cal, '2026-02-13T16:00:00+08:00', '2026-02-14T11:00:00+08:00')).toBe(4 * HOUR);
    // 11:00–12:00 + 13:30–14:30, lunch excluded.
    expect(workingMsBetween(cal, '2026-03-10T11:00:00+08:00', '2026-03-10T14:30:00+08:00')).toBe(2 * HOUR);
    // The whole Spring Festival holiday holds no working time.
    expect(workingMsBetween(cal, '2026-02-15T00:00:00+08:00', '2026-02-24T00:00:00+08:00')).toBe(0);
  });

  it('is 0 when to is not after from', () => {
    expect(workingMsBetween(cal, '2026-03-10T11:00:00+08:00', '2026-03-10T11:00:00+08:00')).toBe(0);
    expect(workingMsBetween(cal, '2026-03-10T14:00:00+08:00', '2026-03-10T11:00:00+08:00')).toBe(0);
  });

  it('adds working time and inverts the count', () => {
    expect(addWorkingMs(cal, '2026-03-10T11:00:00+08:00', 2 * HOUR)).toBe(
      toShanghaiIso('2026-03-10T14:30:00+08:00'),
    );
    expect(addWorkingMs(cal, '2026-03-10T11:00:00+08:00', 0)).toBe(
      toShanghaiIso('2026-03-10T11:00:00+08:00'),
    );
    expect(() => addWorkingMs(cal, '2026-03-10T11:00:00+08:00', -1)).toThrow();
    const from = '2026-09-30T15:00:00+08:00';
    const to = addWorkingMs(cal, from, 37 * HOUR);
    expect(workingMsBetween(cal, from, to)).toBe(37 * HOUR);
  });
});
