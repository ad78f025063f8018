import { describe, expect, it } from 'vitest';
import { applyToDetail, applyToList, isNewer } from '../../../src/client/lib/work-orders/apply-work-order';
import type { WorkOrderList } from '../../../src/client/lib/work-orders/get-work-orders';
import { makeDetail, makeOrder } from '../fixtures';

const fact = {
  seq: 2,
  at: '2026-03-01T09:20:00+08:00',
  type: 'work-order:updated',
  action: 'register',
  actor: { userId: 'u-operator', username: 'operator', role: 'operator' },
  reason: null,
};

describe('applying a work order to the cache', () => {
  it('judges by version alone', () => {
    expect(isNewer({ version: 2 }, { version: 1 })).toBe(true);
    expect(isNewer({ version: 1 }, { version: 1 })).toBe(false);
    expect(isNewer({ version: 1 }, { version: 2 })).toBe(false);
    expect(isNewer({ version: 1 }, undefined)).toBe(true);
  });

  it('a newer version replaces the cached detail, keeps allowedCommands and appends the timeline entry', () => {
    const cached = makeDetail({ allowedCommands: ['register'] });
    const next = applyToDetail(cached, makeOrder({ status: 'registered', version: 2 }), fact);
    expect(next?.status).toBe('registered');
    expect(next?.version).toBe(2);
    expect(next?.allowedCommands).toEqual(['register']);
    expect(next?.timeline.map((e) => [e.seq, e.action, e.status, e.version])).toEqual([
      [1, 'create', 'new', 1],
      [2, 'register', 'registered', 2],
    ]);
  });

  it('an equal or older version (echo, replay, reordering) leaves the detail untouched', () => {
    const cached = makeDetail({ status: 'registered', version: 3 });
    expect(applyToDetail(cached, makeOrder({ status: 'new', version: 3 }), fact)).toBe(cached);
    expect(applyToDetail(cached, makeOrder({ status: 'new', version: 2 }), fact)).toBe(cached);
  });

  it('does not invent a detail that was never fetched', () => {
    expect(applyToDetail(undefined, makeOrder({ version: 5 }), fact)).toBeUndefined();
  });

  it('does not add a timeline entry twice', () => {
    const cached = makeDetail();
    const once = applyToDetail(cached, makeOrder({ version: 2 }), { ...fact, seq: 1 });
    expect(once?.timeline).toHaveLength(1);
  });

  it('patches a list in place only where it holds the entity and only when newer', () => {
    const list: WorkOrderList = {
      items: [makeOrder({ id: 'a', version: 2 }), makeOrder({ id: 'b', version: 1 })],
      total: 2,
      asOfSeq: 10,
    };
    const patched = applyToList(list, makeOrder({ id: 'b', version: 2, status: 'registered' }));
    expect(patched?.items.map((o) => [o.id, o.status])).toEqual([
      ['a', 'new'],
      ['b', 'registered'],
    ]);
    expect(patched?.items[0]).toBe(list.items[0]);
    expect(applyToList(list, makeOrder({ id: 'a', version: 1, status: 'closed' }))).toBe(list);
    expect(applyToList(list, makeOrder({ id: 'zzz', version: 9 }))).toBe(list);
    expect(applyToList(undefined, makeOrder())).toBeUndefined();
  });
});
