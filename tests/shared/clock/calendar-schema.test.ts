import { describe, expect, it } from 'vitest';
import cn2026 from '../../../src/server/data/calendar/cn-holidays-2026.json';
import {
  calendarYear,
  DEFAULT_WORKING_HOURS,
  slaLimit,
  slaRule,
  workingHours,
} from '../../../src/shared/schemas/calendar';

const year = (holidays: { name: string; offDays: string[]; workdays: string[] }[]) => ({
  year: 2026,
  holidays,
});

describe('calendar year files', () => {
  it('parses the shipped 2026 file unchanged', () => {
    expect(calendarYear.parse(cn2026)).toEqual(cn2026);
  });

  it.each([
    // 2026-02-13 is a Friday: a weekday is a working day already.
    ['a weekday among the workdays', year([{ name: 'x', offDays: [], workdays: ['2026-02-13'] }]), 'weekday'],
    [
      'a date both off and at work',
      year([
        { name: 'a', offDays: ['2026-02-14'], workdays: [] },
        { name: 'b', offDays: [], workdays: ['2026-02-14'] },
      ]),
      'both',
    ],
    [
      'an off day listed twice',
      year([{ name: 'x', offDays: ['2026-10-01', '2026-10-01'], workdays: [] }]),
      'twice',
    ],
    ['a date outside the year', year([{ name: 'x', offDays: ['2027-01-01'], workdays: [] }]), 'outside'],
    ['a date that does not exist', year([{ name: 'x', offDays: ['2026-02-30'], workdays: [] }]), 'real date'],
    [
      'a month that does not exist',
      year([{ name: 'x', offDays: ['2026-13-01'], workdays: [] }]),
      'real date',
    ],
    ['a malformed date', year([{ name: 'x', offDays: ['2026-2-3'], workdays: [] }]), 'YYYY-MM-DD'],
  ])('rejects %s', (_name, input, message) => {
    const result = calendarYear.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('; ')).toContain(message);
  });
});

describe('working hours', () => {
  it('defaults to 08:30–12:00 and 13:30–17:30', () => {
    expect(workingHours.parse(undefined)).toEqual([
      { start: '08:30', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ]);
    expect(DEFAULT_WORKING_HOURS).toEqual(workingHours.parse(undefined));
  });

  it.each([
    [
      'overlapping',
      [
        { start: '08:30', end: '12:00' },
        { start: '11:30', end: '17:30' },
      ],
    ],
    [
      'out of order',
      [
        { start: '13:30', end: '17:30' },
        { start: '08:30', end: '12:00' },
      ],
    ],
    ['ending before it starts', [{ start: '12:00', end: '08:30' }]],
    ['not HH:mm', [{ start: '8:30', end: '12:00' }]],
    ['empty', []],
  ])('rejects periods %s', (_name, input) => {
    expect(workingHours.safeParse(input).success).toBe(false);
  });

  it('accepts periods that touch', () => {
    const touching = [
      { start: '08:00', end: '12:00' },
      { start: '12:00', end: '16:00' },
    ];
    expect(workingHours.parse(touching)).toEqual(touching);
  });
});

describe('limits and rules', () => {
  it('takes positive whole amounts only', () => {
    expect(slaLimit.safeParse({ amount: 4, unit: 'hours', time: 'working' }).success).toBe(true);
    expect(slaLimit.safeParse({ amount: 0, unit: 'hours', time: 'working' }).success).toBe(false);
    expect(slaLimit.safeParse({ amount: 1.5, unit: 'hours', time: 'working' }).success).toBe(false);
    expect(slaLimit.safeParse({ amount: 1, unit: 'weeks', time: 'working' }).success).toBe(false);
  });

  it('names a category code or *', () => {
    const limit = { amount: 1, unit: 'days', time: 'working' };
    const rule = { priority: 'P2', signOff: limit, resolve: limit };
    expect(slaRule.safeParse({ ...rule, category: '*' }).success).toBe(true);
    expect(slaRule.safeParse({ ...rule, category: 'sanitation' }).success).toBe(true);
    expect(slaRule.safeParse({ ...rule, category: 'weather' }).success).toBe(false);
    expect(slaRule.safeParse({ ...rule, category: '*', priority: 'P5' }).success).toBe(false);
  });
});
