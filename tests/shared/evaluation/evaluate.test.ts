import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../../src/shared/clock/working-time';
import {
  evaluate,
  periodFor,
  periodOf,
  type EvaluationInput,
  type UnitScore,
} from '../../../src/shared/evaluation/evaluate';
import { CARDS, GRID_VILLAGE, NOTICES, NOW, ORDERS, order, PERIOD, stage, SUPERVISIONS, t } from './fixture';

const input = (extra: Partial<EvaluationInput> = {}): EvaluationInput => ({
  orders: ORDERS,
  cards: CARDS,
  supervisions: SUPERVISIONS,
  notices: NOTICES,
  unitKind: 'grid',
  period: PERIOD,
  now: NOW,
  gridVillage: GRID_VILLAGE,
  ...extra,
});

const byId = (rows: UnitScore[], id: string): UnitScore => {
  const row = rows.find((r) => r.unit.id === id);
  if (row === undefined) throw new Error(`no row for ${id}`);
  return row;
};

describe('grids', () => {
  const rows = evaluate(input());

  it('has a row for each grid with something in the week, best first', () => {
    expect(rows.map((r) => [r.unit.id, r.score, r.rank])).toEqual([
      ['g3', 74, 1],
      ['g2', 50.67, 2],
      ['g1', 37.92, 3],
    ]);
  });

  it('g1: late sign-off, open-and-overdue counted late, mixed satisfaction, cards, supervisions, notice', () => {
    const g1 = byId(rows, 'g1');
    expect(g1.received).toBe(2); // o1, o2; o8 came in before the week
    expect(g1.signOffOnTime).toEqual({ onTime: 1, total: 2, rate: 1 / 2 }); // o1 ✓, o2 ✗ (o8's was 03-05)
    expect(g1.resolveOnTime).toEqual({ onTime: 1, total: 3, rate: 1 / 3 }); // o1 ✓, o2 ✗, o8 open past due ✗
    expect(g1.resolved).toBe(2);
    expect(g1.avgHandlingHours).toBe(16); // (6 + 26) / 2
    expect(g1.reworkRate).toEqual({ reworked: 0, resolved: 2, rate: 0 });
    // (1 satisfied + 0.5 × 1 basic) / 2 = 3/4
    expect(g1.satisfaction).toEqual({ satisfied: 1, basic: 1, dissatisfied: 0, rate: 3 / 4 });
    expect(g1.cards).toEqual({ yellow: 2, red: 3 }); // the 03-08 yellow is before the week
    expect(g1.supervisions).toEqual({ opened: 2, unanswered: 1 });
    expect(g1.notices).toBe(1);
    // 100 × (0.25 × 1/2 + 0.35 × 1/3 + 0.25 × 3/4 + 0.15 × 1) − (2 + 3 × 3 + 2 × 2 + 5 × 1) = 37.9166…
    expect(g1.score).toBe(37.92);
  });

  it('g2: a rework, an open order past due, a still-parked order left out', () => {
    const g2 = byId(rows, 'g2');
    expect(g2.received).toBe(3);
    expect(g2.signOffOnTime).toEqual({ onTime: 3, total: 3, rate: 1 }); // o3's restarted sign-off, o4, o10
    expect(g2.resolveOnTime).toEqual({ onTime: 1, total: 2, rate: 1 / 2 }); // o3 ✓, o4 ✗; o10 parked
    expect(g2.avgHandlingHours).toBe(54); // o3 from its first start, rework included
    expect(g2.reworkRate).toEqual({ reworked: 1, resolved: 1, rate: 1 }); // derived from o3's clocks
    expect(g2.satisfaction.rate).toBeNull();
    expect(g2.cards).toEqual({ yellow: 1, red: 1 });
    expect(g2.supervisions).toEqual({ opened: 1, unanswered: 1 });
    // satisfaction missing → weights renormalised: (0.25 × 1 + 0.35 × 1/2 + 0.15 × 0) / 0.75 = 17/30
    // 100 × 17/30 − (1 + 3 + 2) = 50.666…
    expect(g2.score).toBe(50.67);
  });

  it('g3: the parking pause moves the due so a late-looking resolution is on time; not-yet-due left out', () => {
    const g3 = byId(rows, 'g3');
    expect(g3.received).toBe(2);
    expect(g3.signOffOnTime).toEqual({ onTime: 2, total: 2, rate: 1 });
    expect(g3.resolveOnTime).toEqual({ onTime: 1, total: 1, rate: 1 }); // o6 ✓; o5 due after now
    expect(g3.avgHandlingHours).toBe(34);
    expect(g3.satisfaction).toEqual({ satisfied: 0, basic: 0, dissatisfied: 1, rate: 0 });
    expect(g3.cards).toEqual({ yellow: 1, red: 0 });
    // 100 × (0.25 + 0.35 + 0 + 0.15) − 1 = 74
    expect(g3.score).toBe(74);
  });

  it('counts an open stage due exactly now as not yet late', () => {
    const g2 = byId(evaluate(input({ now: t(13, '09:00') })), 'g2');
    expect(g2.resolveOnTime).toEqual({ onTime: 1, total: 1, rate: 1 }); // o4 due 09:00 = now
  });
});

describe('departments and villages', () => {
  it('ranks the department on its own orders and records', () => {
    const rows = evaluate(input({ unitKind: 'department' }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      unit: { kind: 'department', id: 'water' },
      received: 1,
      signOffOnTime: { onTime: 1, total: 1, rate: 1 },
      resolveOnTime: { onTime: 0, total: 1, rate: 0 },
      avgHandlingHours: 27,
      satisfaction: { rate: 1 },
      cards: { yellow: 1, red: 1 },
      supervisions: { opened: 1, unanswered: 0 },
      // 100 × (0.25 + 0 + 0.25 + 0.15) − (1 + 3 + 2) = 59
      score: 59,
      rank: 1,
    });
  });

  it('adds grids up into their villages (the department order in g1 stays the department’s)', () => {
    const rows = evaluate(input({ unitKind: 'village' }));
    expect(rows.map((r) => [r.unit.id, r.rank])).toEqual([
      ['v2', 1],
      ['v1', 2],
    ]);
    const v1 = byId(rows, 'v1');
    expect(v1.unit).toEqual({ kind: 'village', id: 'v1' });
    expect(v1.received).toBe(5);
    expect(v1.signOffOnTime).toEqual({ onTime: 4, total: 5, rate: 4 / 5 });
    expect(v1.resolveOnTime).toEqual({ onTime: 2, total: 5, rate: 2 / 5 });
    expect(v1.avgHandlingHours).toBeCloseTo(86 / 3, 10); // (6 + 26 + 54) / 3
    expect(v1.reworkRate).toEqual({ reworked: 1, resolved: 3, rate: 1 / 3 });
    expect(v1.satisfaction.rate).toBe(3 / 4);
    expect(v1.cards).toEqual({ yellow: 3, red: 4 });
    expect(v1.supervisions).toEqual({ opened: 3, unanswered: 2 });
    expect(v1.notices).toBe(1);
    // 100 × (0.25 × 4/5 + 0.35 × 2/5 + 0.25 × 3/4 + 0.15 × 2/3) − (3 + 12 + 6 + 5) = 62.75 − 26
    expect(v1.score).toBe(36.75);
    expect(byId(rows, 'v2').score).toBe(74);
  });
});

describe('inputs from the timeline and the calendar', () => {
  it('takes rework counts from the caller over the clocks', () => {
    const rows = evaluate(input({ reworkCounts: { o3: 0, o1: 2 } }));
    expect(byId(rows, 'g2').reworkRate.rate).toBe(0);
    expect(byId(rows, 'g1').reworkRate).toEqual({ reworked: 1, resolved: 2, rate: 1 / 2 });
  });

  it('takes the closing instant from the caller: closed exactly at `to` is next week’s', () => {
    const g1 = byId(evaluate(input({ closedAt: { o2: PERIOD.to } })), 'g1');
    expect(g1.satisfaction).toEqual({ satisfied: 1, basic: 0, dissatisfied: 0, rate: 1 });
  });

  it('measures handling time in working hours when given a calendar', () => {
    const g1 = byId(evaluate(input({ calendar: makeCalendar([]) })), 'g1');
    // o1 Mon 09:00–12:00 + 13:30–15:00 = 4.5 h; o2 Tue 08:30–12:00 + 13:30–17:30 + Wed 08:30–10:00 = 9 h
    expect(g1.avgHandlingHours).toBe(6.75);
  });
});

describe('period boundaries [from, to)', () => {
  const boundary = [
    // Received exactly at `from`; its sign-off met on time exactly at `to`; its resolve overdue since `from`.
    order('b1', {
      createdAt: PERIOD.from,
      clocks: {
        signOff: stage(t(8, '20:00'), t(16, '01:00'), PERIOD.to),
        resolve: stage(t(8, '20:00'), PERIOD.from, null),
        nextCheckAt: null,
      },
    }),
    // Received exactly at `to`; its resolve due exactly at `to` and still open.
    order('b2', {
      createdAt: PERIOD.to,
      clocks: { signOff: null, resolve: stage(t(15, '20:00'), PERIOD.to, null), nextCheckAt: null },
    }),
  ];
  const g1 = { kind: 'grid', id: 'g1' };
  const run = (period: { from: string; to: string }): UnitScore[] =>
    evaluate(
      input({
        orders: boundary,
        cards: [
          { orderId: 'b1', colour: 'yellow', unit: g1, at: PERIOD.from },
          { orderId: 'b1', colour: 'red', unit: g1, at: PERIOD.to },
        ],
        supervisions: [{ orderId: 'b1', unit: g1, openedAt: PERIOD.to, answeredAt: null }],
        notices: [{ orderId: 'b1', unit: g1, at: PERIOD.from }],
        period,
        now: t(20, '00:00'),
      }),
    );

  it('includes what happens at `from` and excludes what happens at `to`', () => {
    const [row] = run(PERIOD);
    expect(row).toMatchObject({
      received: 1,
      signOffOnTime: { onTime: 0, total: 0, rate: null },
      resolveOnTime: { onTime: 0, total: 1, rate: 0 },
      cards: { yellow: 1, red: 0 },
      supervisions: { opened: 0, unanswered: 0 },
      notices: 1,
    });
  });

  it('counts what happened at `to` in the next period, once', () => {
    const [row] = run({ from: PERIOD.to, to: t(23, '00:00') });
    expect(row).toMatchObject({
      received: 1,
      signOffOnTime: { onTime: 1, total: 1, rate: 1 },
      resolveOnTime: { onTime: 0, total: 1, rate: 0 },
      cards: { yellow: 0, red: 1 },
      supervisions: { opened: 1, unanswered: 1 },
      notices: 0,
    });
  });

  it('refuses a period that does not end after it begins', () => {
    expect(() => run({ from: PERIOD.to, to: PERIOD.to })).toThrow(RangeError);
  });
});

describe('ranking', () => {
  it('shares a rank between equal scores and lists units without rates last, unranked', () => {
    const twin = (id: string, gridId: string) =>
      order(id, {
        gridId,
        createdAt: t(10, '09:00'),
        clocks: {
          signOff: stage(t(10, '09:00'), t(10, '10:00'), t(10, '09:30')),
          resolve: null,
          nextCheckAt: null,
        },
      });
    const rows = evaluate(
      input({
        orders: [twin('a', 'gb'), twin('b', 'ga'), twin('c', 'gc')],
        cards: [{ orderId: 'c', colour: 'yellow', unit: { kind: 'grid', id: 'gc' }, at: t(10, '09:50') }],
        supervisions: [],
        notices: [{ orderId: 'x', unit: { kind: 'grid', id: 'g0' }, at: t(11, '09:00') }],
      }),
    );
    expect(rows.map((r) => [r.unit.id, r.score, r.rank])).toEqual([
      ['ga', 100, 1],
      ['gb', 100, 1],
      ['gc', 99, 3],
      ['g0', null, null],
    ]);
  });
});

describe('periodOf (Asia/Shanghai)', () => {
  it.each([
    // 2026-03-10 23:30 UTC is already Wed 03-11 07:30 in Shanghai.
    ['day', '2026-03-10T23:30:00Z', '2026-03-11T00:00:00.000+08:00', '2026-03-12T00:00:00.000+08:00'],
    // A Sunday night belongs to the week that began on Monday 03-09.
    ['week', '2026-03-15T23:59:00+08:00', '2026-03-09T00:00:00.000+08:00', '2026-03-16T00:00:00.000+08:00'],
    ['week', '2026-03-16T00:00:00+08:00', '2026-03-16T00:00:00.000+08:00', '2026-03-23T00:00:00.000+08:00'],
    ['month', '2026-02-28T16:30:00Z', '2026-03-01T00:00:00.000+08:00', '2026-04-01T00:00:00.000+08:00'],
    ['month', '2026-12-31T12:00:00+08:00', '2026-12-01T00:00:00.000+08:00', '2027-01-01T00:00:00.000+08:00'],
  ] as const)('%s of %s', (kind, anchor, from, to) => {
    expect(periodOf(kind, anchor)).toEqual({ from, to });
  });

  it('passes a custom period through and resolves named ones', () => {
    expect(periodFor({ kind: 'custom', from: t(3, '10:00'), to: t(5, '10:00') })).toEqual({
      from: t(3, '10:00'),
      to: t(5, '10:00'),
    });
    expect(periodFor({ kind: 'week', anchor: NOW })).toEqual(periodOf('week', NOW));
    expect(() => periodFor({ kind: 'custom', from: t(5, '10:00'), to: t(3, '10:00') })).toThrow(RangeError);
  });
});
