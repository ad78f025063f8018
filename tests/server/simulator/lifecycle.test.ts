import { describe, expect, it } from 'vitest';
import {
  createOrderMemory,
  planStep,
  planUrge,
  URGE_AFTER_SECONDS,
  type SimOrder,
} from '../../../src/server/simulator/lifecycle';
import { dispatchTarget, guessCategory, verifierUsername } from '../../../src/server/simulator/routing';
import type { WorkOrderStatus } from '../../../src/shared/schemas/work-order';
import { town } from './town-fixture';

const order = (over: Partial<SimOrder> = {}): SimOrder => ({
  id: 'wo-1',
  status: 'new',
  version: 1,
  category: null,
  priority: null,
  title: '孔庄村村委会垃圾堆积无人清运',
  description: '市民来电反映：村委会附近生活垃圾堆了3天，气味很大。',
  gridId: 'YT-JC-07',
  villageId: 'V03',
  outOfGrid: false,
  assignee: null,
  parked: false,
  urgeCount: 0,
  updatedAt: '2026-03-02T08:00:00+08:00',
  extension: { state: 'none', until: null, reason: null },
  parking: { state: 'none', reason: null },
  deadlines: { signOff: null, resolve: null },
  ...over,
});
const ctx = { town, seed: 1, memory: createOrderMemory() };
/** Many order ids, so that rare branches (reject, return, rework) show up in a deterministic sweep. */
const sweep = (over: Partial<SimOrder>) =>
  Array.from({ length: 400 }, (_, i) => planStep(order({ ...over, id: `wo-${i}` }), ctx)!);

describe('lifecycle: who does what next', () => {
  it('the operator registers new orders with their category, or a guess from the text', () => {
    const steps = sweep({});
    const registers = steps.filter((s) => s.command.type === 'register');
    expect(registers.length).toBeGreaterThan(360);
    expect(registers.every((s) => s.username === 'sim-operator')).toBe(true);
    expect(registers.every((s) => s.command.type === 'register' && s.command.category === 'sanitation')).toBe(
      true,
    );
    const given = planStep(order({ category: 'flood', priority: 'P1' }), ctx);
    expect(given?.command).toMatchObject({ type: 'register', category: 'flood', priority: 'P1' });
    // A few are not the town's business (不予立案), always with a reason.
    const rejects = steps.filter((s) => s.command.type === 'reject');
    expect(rejects.length).toBeGreaterThan(0);
    expect(rejects.every((s) => s.command.type === 'reject' && s.command.reason.length > 0)).toBe(true);
  });

  it('rejects most orders outside every grid as another town’s business', () => {
    const steps = sweep({ outOfGrid: true, gridId: null, villageId: null });
    const rejected = steps.filter((s) => s.command.type === 'reject').length / steps.length;
    expect(rejected).toBeGreaterThan(0.45);
    expect(rejected).toBeLessThan(0.75);
  });

  it('dispatches grid-level work to the grid worker and the rest to departments or squads', () => {
    expect(
      dispatchTarget(town, { category: 'sanitation', gridId: 'YT-JC-07', villageId: 'V03' }, false),
    ).toEqual({
      kind: 'staff',
      id: 'S-YT-JC-07-grid_worker',
    });
    expect(
      dispatchTarget(town, { category: 'city_order', gridId: 'YT-JC-01', villageId: 'V01' }, false),
    ).toEqual({
      kind: 'squad',
      id: 'enf_1',
    });
    expect(
      dispatchTarget(town, { category: 'city_order', gridId: 'YT-JC-13', villageId: 'V06' }, false),
    ).toEqual({
      kind: 'squad',
      id: 'enf_2',
    });
    expect(dispatchTarget(town, { category: 'safety', gridId: 'YT-JC-07', villageId: 'V03' }, false)).toEqual(
      {
        kind: 'department',
        id: 'safety',
      },
    );
    // Outside every grid no grid team can take it; after a return (退回) it goes the other way.
    expect(dispatchTarget(town, { category: 'sanitation', gridId: null, villageId: null }, false)).toEqual({
      kind: 'department',
      id: 'planning_env',
    });
    expect(dispatchTarget(town, { category: 'flood', gridId: 'YT-ZS-04', villageId: 'V18' }, true)).toEqual({
      kind: 'staff',
      id: 'S-YT-ZS-04-grid_worker',
    });
    const step = planStep(order({ status: 'registered', category: 'dispute', priority: 'P3' }), ctx);
    expect(step).toMatchObject({ username: 'sim-operator', command: { type: 'dispatch' } });
  });

  it('the assignee signs, starts and resolves with a report; someone else verifies', () => {
    const staff = { kind: 'staff' as const, id: 'S-YT-JC-07-grid_worker' };
    const accepts = sweep({ status: 'dispatched', assignee: staff });
    expect(accepts.every((s) => s.username === 'staff-s-yt-jc-07-grid_worker')).toBe(true);
    expect(accepts.some((s) => s.command.type === 'return')).toBe(true);
    const squad = planStep(order({ status: 'accepted', assignee: { kind: 'squad', id: 'enf_1' } }), ctx);
    expect(squad).toMatchObject({ username: 'dept-enf_1', command: { type: 'start' } });
    const resolve = planStep(order({ status: 'in_progress', category: 'sanitation', assignee: staff }), ctx);
    expect(resolve?.command.type === 'resolve' && resolve.command.report).toMatch(/[\u4e00-\u9fff]/);
    const parked = planStep(order({ status: 'in_progress', assignee: staff, parked: true }), ctx);
    expect(parked).toMatchObject({ username: 'staff-s-yt-jc-07-grid_worker', command: { type: 'resume' } });

    const verifies = sweep({ status: 'resolved', assignee: staff });
    expect(verifies.every((s) => s.username === 'staff-s-yt-jc-07-inspector')).toBe(true);
    expect(verifies.some((s) => s.command.type === 'verify_fail')).toBe(true);
    expect(verifierUsername(town, { gridId: null })).toBe('sim-operator');
  });

  it('does not return or rework the same order twice', () => {
    const memory = createOrderMemory();
    for (let i = 0; i < 400; i++) {
      memory.returned.add(`wo-${i}`);
      memory.reworked.add(`wo-${i}`);
    }
    const assignee = { kind: 'department' as const, id: 'safety' };
    for (let i = 0; i < 400; i++) {
      const base = { id: `wo-${i}`, assignee };
      expect(planStep(order({ ...base, status: 'dispatched' }), { ...ctx, memory })?.command.type).toBe(
        'accept',
      );
      expect(planStep(order({ ...base, status: 'resolved' }), { ...ctx, memory })?.command.type).toBe(
        'verify_pass',
      );
    }
  });

  it('closes verified orders with a satisfaction, and leaves finished ones alone', () => {
    expect(planStep(order({ status: 'verified' }), ctx)).toMatchObject({
      username: 'sim-operator',
      command: { type: 'close' },
    });
    for (const status of ['closed', 'rejected', 'merged'] as WorkOrderStatus[]) {
      expect(planStep(order({ status }), ctx)).toBeNull();
    }
  });

  it('waits a realistic while before each step, the same for the same seed', () => {
    const a = planStep(order({ status: 'in_progress', assignee: { kind: 'department', id: 'water' } }), ctx)!;
    const b = planStep(order({ status: 'in_progress', assignee: { kind: 'department', id: 'water' } }), ctx)!;
    expect(a).toEqual(b);
    expect(a.afterSeconds).toBeGreaterThanOrEqual(120);
    const other = planStep(order({ status: 'in_progress', assignee: { kind: 'department', id: 'water' } }), {
      ...ctx,
      seed: 2,
    });
    expect(other?.afterSeconds).not.toBe(a.afterSeconds);
  });

  it('urges some slow orders, at most twice and not in quick succession', () => {
    const slow = (i: number, urgeCount = 0): SimOrder =>
      order({ id: `wo-${i}`, status: 'accepted', urgeCount });
    const urged = Array.from({ length: 100 }, (_, i) => planUrge(slow(i), URGE_AFTER_SECONDS + 1, null, 1));
    expect(urged.filter(Boolean).length).toBeGreaterThan(30);
    expect(urged.filter(Boolean).length).toBeLessThan(90);
    expect(urged.find(Boolean)).toMatchObject({ username: 'sim-operator', command: { type: 'urge' } });
    expect(planUrge(slow(1), URGE_AFTER_SECONDS - 1, null, 1)).toBeNull();
    expect(planUrge(slow(1, 2), 10_000, null, 1)).toBeNull();
    expect(planUrge(slow(1), 10_000, 60, 1)).toBeNull();
    expect(planUrge(order({ status: 'resolved' }), 10_000, null, 1)).toBeNull();
  });

  it('guesses the category from the words of the description', () => {
    expect(guessCategory('湖西大堤渗水，堤脚有清水冒出')).toBe('flood');
    expect(guessCategory('楼道里电动车充电，飞线很危险，消防通道也堵了')).toBe('safety');
    expect(guessCategory('想请网格员帮忙代办身份证')).toBe('agency');
    expect(guessCategory('今天天气不错')).toBeNull();
  });
});

describe('lifecycle: extensions, parking and stuck orders', () => {
  const staff = { kind: 'staff' as const, id: 'S-YT-JC-07-grid_worker' };
  it('some handlers ask for an extension or parking, once each; the centre answers every request', () => {
    const steps = sweep({ status: 'in_progress', assignee: staff });
    const asks = steps.filter(
      (s) => s.command.type === 'request_extension' || s.command.type === 'request_parking',
    );
    expect(asks.length).toBeGreaterThan(10);
    expect(asks.every((s) => s.remember === 'extended' || s.remember === 'parked')).toBe(true);
    const answers = sweep({
      status: 'in_progress',
      assignee: staff,
      extension: { state: 'requested', until: '2026-03-09T17:30:00+08:00', reason: 'x' },
    });
    expect(answers.every((s) => s.username === 'sim-operator')).toBe(true);
    expect(new Set(answers.map((s) => s.command.type))).toEqual(
      new Set(['approve_extension', 'refuse_extension']),
    );
    const memory = createOrderMemory();
    for (let i = 0; i < 400; i++) memory.extended.add(`wo-${i}`).add(`wo-${i}`);
    for (let i = 0; i < 400; i++) memory.parked.add(`wo-${i}`);
    const again = Array.from({ length: 400 }, (_, i) =>
      planStep(order({ id: `wo-${i}`, status: 'in_progress', assignee: staff }), { ...ctx, memory }),
    );
    expect(again.every((s) => s?.command.type === 'resolve')).toBe(true);
  });

  it('a few assignees leave an order unsigned for a day or more (red cards, escalation)', () => {
    const steps = sweep({ status: 'dispatched', assignee: staff });
    const stuck = steps.filter((s) => s.command.type === 'accept' && s.afterSeconds >= 20 * 3600);
    expect(stuck.length).toBeGreaterThan(5);
    expect(stuck.length).toBeLessThan(60);
  });
});
