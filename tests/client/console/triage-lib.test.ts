import { describe, expect, it } from 'vitest';
import { elapsed } from '../../../src/client/lib/triage/age';
import { canSuggest, confidencePercent } from '../../../src/client/lib/triage/get-triage-suggestion';
import { highlightSegments } from '../../../src/client/lib/triage/highlight';
import { isValidPhone, normalisePhone, shouldLookUpCaller } from '../../../src/client/lib/triage/phone';
import { neighbourInQueue, sortTriageQueue } from '../../../src/client/lib/triage/queue';
import { fieldOfPath, toCreateBody, EMPTY_INTAKE } from '../../../src/client/features/console/intake-values';
import { makeOrder } from '../fixtures';

describe('sortTriageQueue', () => {
  it('orders P1, P2, ungraded, P3, P4, oldest first within each, and drops orders no longer new', () => {
    const at = (m: number): string => `2026-03-01T09:${String(m).padStart(2, '0')}:00+08:00`;
    const orders = [
      makeOrder({ id: 'p4', priority: 'P4', createdAt: at(1) }),
      makeOrder({ id: 'p3-new', priority: 'P3', createdAt: at(30) }),
      makeOrder({ id: 'none', priority: null, createdAt: at(2) }),
      makeOrder({ id: 'p3-old', priority: 'P3', createdAt: at(3) }),
      makeOrder({ id: 'p1', priority: 'P1', createdAt: at(50) }),
      makeOrder({ id: 'p2', priority: 'P2', createdAt: at(40) }),
      makeOrder({ id: 'gone', priority: 'P1', createdAt: at(0), status: 'registered' }),
    ];
    expect(sortTriageQueue(orders).map((o) => o.id)).toEqual(['p1', 'p2', 'none', 'p3-old', 'p3-new', 'p4']);
  });

  it('moves the selection to the next order, else the previous one', () => {
    const queue = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(neighbourInQueue(queue, 'b')).toBe('c');
    expect(neighbourInQueue(queue, 'c')).toBe('b');
    expect(neighbourInQueue([{ id: 'a' }], 'a')).toBeNull();
  });
});

describe('triage helpers', () => {
  it('says how long ago in the coarsest useful unit', () => {
    const now = Date.parse('2026-03-01T10:00:00+08:00');
    expect(elapsed('2026-03-01T09:59:30+08:00', now)).toEqual({ unit: 'justNow', value: 0 });
    expect(elapsed('2026-03-01T09:57:00+08:00', now)).toEqual({ unit: 'minutes', value: 3 });
    expect(elapsed('2026-03-01T07:10:00+08:00', now)).toEqual({ unit: 'hours', value: 2 });
    expect(elapsed('2026-02-26T10:00:00+08:00', now)).toEqual({ unit: 'days', value: 3 });
  });

  it('marks keywords, longest first, full-width folded', () => {
    expect(highlightSegments('路边垃圾堆积，垃圾很多', ['垃圾', '垃圾堆积'])).toEqual([
      { text: '路边', hit: false },
      { text: '垃圾堆积', hit: true },
      { text: '，', hit: false },
      { text: '垃圾', hit: true },
      { text: '很多', hit: false },
    ]);
    expect(highlightSegments('ＬＥＤ灯坏了', ['led'])).toEqual([
      { text: 'ＬＥＤ', hit: true },
      { text: '灯坏了', hit: false },
    ]);
    expect(highlightSegments('没有关键词', [])).toEqual([{ text: '没有关键词', hit: false }]);
  });

  it('looks callers up on a complete mobile number, or on leaving the field with another valid one', () => {
    expect(normalisePhone('+86 138-0000-1111')).toBe('13800001111');
    expect(shouldLookUpCaller('13800001111', false)).toBe(true);
    expect(shouldLookUpCaller('1380000111', true)).toBe(false);
    expect(isValidPhone('051689881234')).toBe(true);
    expect(shouldLookUpCaller('051689881234', false)).toBe(false);
    expect(shouldLookUpCaller('051689881234', true)).toBe(true);
  });

  it('asks for a suggestion from 6 characters, and shows confidence as a percentage', () => {
    expect(canSuggest({ description: ' 路灯坏了 ' })).toBe(false);
    expect(canSuggest({ description: '路灯坏了好几天' })).toBe(true);
    expect(confidencePercent(0.823)).toBe(82);
    expect(confidencePercent(1.7)).toBe(100);
  });
});

describe('intake body', () => {
  it('maps the server field paths onto the form fields', () => {
    expect(fieldOfPath('location.lat')).toBe('location');
    expect(fieldOfPath('reporter.phone')).toBe('phone');
    expect(fieldOfPath('reporter.name')).toBe('name');
    expect(fieldOfPath('title')).toBe('title');
    expect(fieldOfPath('(body)')).toBeNull();
  });

  it('requires a title and a location before anything is sent', () => {
    const result = toCreateBody({ ...EMPTY_INTAKE, lat: '34.7', lng: 'east' });
    expect(result).toEqual({ ok: false, problems: { title: 'required', location: 'invalid' } });
    expect(toCreateBody({ ...EMPTY_INTAKE, title: 'x' })).toEqual({
      ok: false,
      problems: { location: 'location' },
    });
  });
});
