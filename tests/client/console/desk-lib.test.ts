import { describe, expect, it, vi } from 'vitest';
import { pickRecommended, rankSuggestions } from '../../../src/client/lib/dispatch/get-assignee-suggestions';
import type { AssigneeSuggestions } from '../../../src/client/lib/dispatch/get-assignee-suggestions';
import { dispatchOrders } from '../../../src/client/lib/dispatch/dispatch-orders';
import { createP1Tracker } from '../../../src/client/lib/dispatch/p1-tracker';
import { ApiError } from '../../../src/client/lib/api-client';
import { evaluationCsvHref, evaluationParams } from '../../../src/client/lib/evaluation/get-evaluation';
import { customPeriod, shanghaiToday } from '../../../src/client/lib/evaluation/period';
import { formatRate } from '../../../src/client/lib/evaluation/ranking';
import { approvalsOf } from '../../../src/client/features/console/approvals';
import { registered } from './desk-fakes';

const SUGGESTIONS: AssigneeSuggestions = {
  staff: [
    { id: 'a', name: 'A', role: 'patroller', openLoad: 0, onDuty: true, recommended: false },
    { id: 'b', name: 'B', role: 'grid_worker', openLoad: 4, onDuty: true, recommended: true },
    { id: 'c', name: 'C', role: 'liaison', openLoad: 0, onDuty: false, recommended: false },
  ],
  units: [
    { kind: 'department', id: 'd1', name: 'D1', openLoad: 9, recommended: false },
    { kind: 'squad', id: 'q1', name: 'Q1', openLoad: 2, recommended: true },
    { kind: 'department', id: 'd2', name: 'D2', openLoad: 1, recommended: false },
  ],
};

describe('dispatch aids', () => {
  it('ranks the recommended first, then by load, keeping the server order among equals', () => {
    const ranked = rankSuggestions(SUGGESTIONS);
    expect(ranked.staff.map((s) => s.id)).toEqual(['b', 'a', 'c']);
    expect(ranked.units.map((u) => u.id)).toEqual(['q1', 'd2', 'd1']);
  });

  it('picks the recommended grid member or unit by the category default', () => {
    expect(pickRecommended(SUGGESTIONS, true)).toEqual({ kind: 'staff', id: 'b' });
    expect(pickRecommended(SUGGESTIONS, false)).toEqual({ kind: 'squad', id: 'q1' });
    const noStaff = { ...SUGGESTIONS, staff: [] };
    expect(pickRecommended(noStaff, true)).toEqual({ kind: 'squad', id: 'q1' });
    expect(pickRecommended({ staff: [], units: [] }, true)).toBeNull();
  });

  it('dispatches every order even when one is refused, and says which', async () => {
    const send = vi.fn(async (target: { id: string; version: number }) => {
      if (target.id === 'wo-2') throw new ApiError(409, { code: 'stale_version', message: 'stale' });
      if (target.id === 'wo-3') throw new ApiError(403, { code: 'forbidden', message: 'no' });
      return registered(target.id, { status: 'dispatched', version: target.version + 1 });
    });
    const targets = [registered('wo-1'), registered('wo-2'), registered('wo-3'), registered('wo-4')];
    const outcomes = await dispatchOrders(targets, { kind: 'department', id: 'd1' }, send);
    expect(send).toHaveBeenCalledTimes(4);
    expect(outcomes.map((o) => [o.id, o.ok, o.ok ? null : o.conflict])).toEqual([
      ['wo-1', true, null],
      ['wo-2', false, true],
      ['wo-3', false, false],
      ['wo-4', true, null],
    ]);
  });
});

describe('P1 tracker', () => {
  const start = Date.parse('2026-03-01T10:00:00+08:00');
  const before = '2026-03-01T09:00:00+08:00';
  const after = '2026-03-01T10:05:00+08:00';

  it('reports an order graded P1, and a new one created P1, once', () => {
    const tracker = createP1Tracker(start);
    const waiting = registered('wo-1', {
      status: 'new',
      priority: null,
      createdAt: before,
      updatedAt: before,
    });
    const oldP1 = registered('wo-2', { status: 'new', priority: 'P1', createdAt: before, updatedAt: before });
    expect(tracker.observe([waiting, oldP1])).toEqual([]);
    const graded = { ...waiting, status: 'registered' as const, priority: 'P1' as const, updatedAt: after };
    const created = registered('wo-3', { status: 'new', priority: 'P1', createdAt: after, updatedAt: after });
    expect(tracker.observe([graded, oldP1, created]).map((o) => o.id)).toEqual(['wo-1', 'wo-3']);
    expect(tracker.observe([graded, oldP1, created])).toEqual([]);
  });

  it('leaves out old P1 orders a filter brings in, and P1 orders further along', () => {
    const tracker = createP1Tracker(start);
    const old = registered('wo-1', { priority: 'P1', createdAt: before, updatedAt: before });
    const dispatched = registered('wo-2', {
      status: 'dispatched',
      priority: 'P1',
      createdAt: after,
      updatedAt: after,
    });
    expect(tracker.observe([old, dispatched])).toEqual([]);
    // Registered by someone else after the desk opened, first seen now: news.
    const justRegistered = registered('wo-3', { priority: 'P1', createdAt: before, updatedAt: after });
    expect(tracker.observe([justRegistered]).map((o) => o.id)).toEqual(['wo-3']);
  });
});

describe('evaluation query', () => {
  it('sends the anchor for a named period and from/to for a custom one', () => {
    expect(
      evaluationParams({ unitKind: 'village', period: 'month', anchor: '2026-03-15T02:00:00.000Z' }),
    ).toEqual({
      unitKind: 'village',
      period: 'month',
      anchor: '2026-03-15T02:00:00.000Z',
    });
    expect(
      evaluationCsvHref(
        {
          unitKind: 'squad',
          period: 'custom',
          from: '2026-03-01T00:00:00+08:00',
          to: '2026-03-02T00:00:00+08:00',
        },
        'en',
      ),
    ).toBe(
      '/api/evaluation.csv?unitKind=squad&period=custom&from=2026-03-01T00%3A00%3A00%2B08%3A00&to=2026-03-02T00%3A00%3A00%2B08%3A00&lang=en',
    );
  });

  it('makes a custom period of whole Shanghai days, both included, and refuses a backwards one', () => {
    expect(customPeriod('2026-02-27', '2026-02-28')).toEqual({
      from: '2026-02-27T00:00:00+08:00',
      to: '2026-03-01T00:00:00+08:00',
    });
    expect(customPeriod('2026-12-31', '2026-12-31')?.to).toBe('2027-01-01T00:00:00+08:00');
    expect(customPeriod('2026-03-05', '2026-03-01')).toBeNull();
    expect(customPeriod('', '2026-03-01')).toBeNull();
    expect(shanghaiToday(Date.parse('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
  });

  it('shows rates as percentages with one decimal, as the CSV does', () => {
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(0)).toBe('0%');
    expect(formatRate(null)).toBeNull();
  });
});

describe('approvals', () => {
  it('groups requested extensions, parkings and county requests, longest waiting first', () => {
    const a = registered('wo-1', {
      extension: { state: 'requested', until: null, reason: 'x' },
      updatedAt: '2026-03-02T10:00:00+08:00',
    });
    const b = registered('wo-2', {
      extension: { state: 'requested', until: null, reason: 'y' },
      updatedAt: '2026-03-01T10:00:00+08:00',
      parking: { state: 'requested', reason: 'z' },
    });
    const c = registered('wo-3', { extension: { state: 'approved', until: null, reason: null } });
    const d = registered('wo-4', {
      escalationRequest: { to: 'county', requestedAt: '2026-03-01T08:00:00+08:00' },
    });
    const groups = approvalsOf([a, b, c, d]);
    expect(groups.extensions.map((o) => o.id)).toEqual(['wo-2', 'wo-1']);
    expect(groups.parkings.map((o) => o.id)).toEqual(['wo-2']);
    expect(groups.escalations.map((o) => o.id)).toEqual(['wo-4']);
  });
});
