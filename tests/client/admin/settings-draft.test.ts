import { describe, expect, it } from 'vitest';
import { levelLock, setOwnLadder, toggleLevel } from '../../../src/client/lib/admin/ladder';
import {
  addOverride,
  appendPeriod,
  fromDraft,
  removeRule,
  toDraft,
  validateDraft,
  validateWorkingHours,
} from '../../../src/client/lib/admin/settings-draft';
import { DEFAULT_SETTINGS } from './admin-fakes';

describe('settings draft', () => {
  it('round-trips the settings, default rows first', () => {
    const shuffled = { ...DEFAULT_SETTINGS, rules: [...DEFAULT_SETTINGS.rules].reverse() };
    expect(fromDraft(toDraft(shuffled))).toEqual(DEFAULT_SETTINGS);
  });

  it('starts an override from the default row of its priority, in display order, once', () => {
    const draft = addOverride(addOverride(toDraft(DEFAULT_SETTINGS), 'petition', 'P1'), 'flood', 'P3');
    expect(draft.rules.map((r) => `${r.category}/${r.priority}`).slice(4)).toEqual([
      'flood/P3',
      'petition/P1',
    ]);
    expect(draft.rules[4]!.resolve).toEqual({ amount: '3', unit: 'days', time: 'working' });
    expect(addOverride(draft, 'flood', 'P3')).toBe(draft);
  });

  it('never removes a default row', () => {
    const draft = toDraft(DEFAULT_SETTINGS);
    expect(removeRule(draft, 0)).toBe(draft);
    expect(removeRule(addOverride(draft, 'flood', 'P3'), 4).rules).toHaveLength(4);
  });

  it('names the bad fields with the server paths', () => {
    const draft = { ...toDraft(DEFAULT_SETTINGS), escalateAfterWorkingDays: '31' };
    draft.rules[2] = { ...draft.rules[2]!, resolve: { ...draft.rules[2]!.resolve, amount: '1.5' } };
    expect(validateDraft(draft)).toEqual({
      'rules.2.resolve.amount': 'amount',
      escalateAfterWorkingDays: 'days',
    });
  });

  it('checks working hours for HH:mm, order and overlap; touching periods are fine', () => {
    expect(
      validateWorkingHours([
        { start: '08:30', end: '12:00' },
        { start: '12:00', end: '17:30' },
      ]),
    ).toEqual({});
    expect(validateWorkingHours([{ start: '8:30', end: '24:00' }])).toEqual({
      'workingHours.0.start': 'hhmm',
      'workingHours.0.end': 'hhmm',
    });
    expect(validateWorkingHours([{ start: '12:00', end: '08:30' }])).toEqual({
      'workingHours.0.end': 'endBeforeStart',
    });
    expect(
      validateWorkingHours([
        { start: '13:30', end: '17:30' },
        { start: '08:30', end: '12:00' },
      ]),
    ).toEqual({
      'workingHours.1.start': 'overlap',
    });
    expect(validateWorkingHours([])).toEqual({ workingHours: 'noPeriods' });
  });

  it('appends a period after the last one', () => {
    expect(appendPeriod([{ start: '08:30', end: '12:00' }])).toEqual([
      { start: '08:30', end: '12:00' },
      { start: '13:00', end: '14:00' },
    ]);
    expect(appendPeriod([{ start: '08:30', end: '22:00' }]).at(-1)).toEqual({ start: '', end: '' });
  });
});

describe('ladders', () => {
  it('keeps levels rising and drops the county with the town', () => {
    expect(toggleLevel(['grid', 'town', 'county'], 'village', true)).toEqual([
      'grid',
      'village',
      'town',
      'county',
    ]);
    expect(toggleLevel(['grid', 'town', 'county'], 'town', false)).toEqual(['grid']);
  });

  it('locks the county without the town, and the last level', () => {
    expect(levelLock(['grid', 'village'], 'county')).toBe('countyNeedsTown');
    expect(toggleLevel(['grid', 'village'], 'county', true)).toEqual(['grid', 'village']);
    expect(levelLock(['town'], 'town')).toBe('lastLevel');
    expect(levelLock(['grid', 'town'], 'county')).toBeNull();
  });

  it('gives a category its own copy of the default, and takes it back', () => {
    const own = setOwnLadder({ '*': ['grid', 'village'] }, 'market', true);
    expect(own).toEqual({ '*': ['grid', 'village'], market: ['grid', 'village'] });
    expect(setOwnLadder(own, 'market', false)).toEqual({ '*': ['grid', 'village'] });
  });
});
