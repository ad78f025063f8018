import { afterEach, describe, expect, it } from 'vitest';
import type { CategoryCode } from '../../../src/shared/schemas/town';
import type { Priority, WorkOrder, WorkOrderCommand } from '../../../src/shared/schemas/work-order';
import { toShanghaiIso } from '../../../src/shared/work-order-number';
import { OversightScheduler } from '../../../src/server/services/oversight';
import { WorkOrderService } from '../../../src/server/services/work-orders';
import { DEMO_USERS } from '../../../src/server/users';
import { seededRepo, testClockConfig, TOWN } from '../../helpers/seeded-repo';

const user = (name: string) => DEMO_USERS.find((u) => u.username === name)!;
const operator = user('operator');
const leader = user('leader');
const gridworker = user('gridworker');
const LOCATION = { lat: 34.8809, lng: 116.85527 }; // inside basic grid YT-JC-01
const sh = (local: string): string => toShanghaiIso(new Date(`${local}+08:00`));

/** A command without its version (filled in from the stored order); distributes over the union. */
type CommandInput = WorkOrderCommand extends infer C
  ? C extends unknown
    ? Omit<C, 'expectedVersion'>
    : never
  : never;

let cleanup: () => Promise<void> = async () => undefined;
afterEach(() => cleanup());

/** The services of a server on a clock the test moves by hand: no timers, no sleeps. */
async function town(start: string) {
  const store = await seededRepo();
  cleanup = store.cleanup;
  let now = new Date(`${start}+08:00`);
  const config = testClockConfig();
  const published: string[] = [];
  const workOrders = new WorkOrderService({
    repo: store.repo,
    reference: () => TOWN,
    now: () => now,
    publish: (events) => published.push(...events.map((e) => e.action)),
    clocks: () => config,
  });
  const scheduler = new OversightScheduler({
    repo: store.repo,
    config: () => config,
    now: () => now,
    publish: (events) => published.push(...events.map((e) => e.action)),
    log: { error: () => undefined },
  });
  const order = async (id: string): Promise<WorkOrder> => (await store.repo.getWorkOrder(id))!;
  const run = async (who: typeof operator, id: string, command: CommandInput): Promise<WorkOrder> => {
    const current = await order(id);
    const res = await workOrders.command(
      who,
      id,
      { ...command, expectedVersion: current.version } as WorkOrderCommand,
      undefined,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return order(id);
  };
  /** Creates, registers (立案) and dispatches to the demo grid worker, all at the current instant. */
  const dispatched = async (category: CategoryCode, priority: Priority): Promise<string> => {
    const created = await workOrders.create(
      operator,
      { source: 'phone', title: '测试工单', description: '时限测试', location: LOCATION },
      undefined,
    );
    const id = (created.body as WorkOrder).id;
    await run(operator, id, { type: 'register', category, priority });
    await run(operator, id, { type: 'dispatch', assignee: { kind: 'staff', id: gridworker.staffId! } });
    return id;
  };
  const advance = (until: string) =>
    scheduler.runUntil(`${until}+08:00`, (d) => {
      now = d;
    });
  const timeline = async (id: string) =>
    (await store.repo.listWorkOrderEvents(id))
      .filter((e) => e.actor.userId === 'system')
      .map((e) => ({ at: e.at, action: e.action, reason: e.reason }));
  return { store, order, run, dispatched, advance, timeline, published };
}

describe('clocks, cards and the chain on the injected clock', () => {
  it('[worked example] P3 received Fri 2026-02-13 16:00: yellow, red, 催办, 督办, 通报, the ladder', async () => {
    const t = await town('2026-02-13T16:00:00');
    const id = await t.dispatched('sanitation', 'P3');
    const o = await t.order(id);
    expect(o.deadlines).toEqual({ signOff: sh('2026-02-14T11:00:00'), resolve: sh('2026-02-25T17:30:00') });
    expect(o.clocks.nextCheckAt).toBe(sh('2026-02-14T10:12:00'));

    // 0.8 × 4 working hours = 3 h 12 min: 16:00–17:30 Friday, then 08:30 + 1 h 42 on the make-up Saturday.
    await t.advance('2026-02-14T10:11:59');
    expect(await t.timeline(id)).toEqual([]);
    await t.advance('2026-02-14T10:12:00');
    expect(await t.timeline(id)).toEqual([
      { at: sh('2026-02-14T10:12:00'), action: 'card', reason: '黄牌：签收已用时限的80%' },
      { at: sh('2026-02-14T10:12:00'), action: 'urge', reason: '黄牌自动催办：签收即将超时' },
    ]);
    expect((await t.order(id)).urgeCount).toBe(1);

    // Red once the deadline has passed (at exactly 11:00 it is still yellow).
    await t.advance('2026-02-14T11:00:00');
    expect((await t.order(id)).clocks.signOff?.colour).toBe('yellow');
    await t.advance('2026-02-14T11:00:01');
    const red = await t.order(id);
    expect(red.clocks.signOff?.colour).toBe('red');
    expect(red.supervised).toBe(true);
    const supervisions = await t.store.repo.oversight.listSupervisions({ orderId: id, open: true });
    expect(supervisions).toHaveLength(1);
    expect(supervisions[0]!.unit).toEqual({ kind: 'grid', id: 'YT-JC-01' });

    // 2 working days (15 working hours) after the deadline: 02-14 5 h, 02-24 7.5 h, 02-25 08:30 + 2.5 h.
    await t.advance('2026-02-25T10:59:59');
    expect((await t.order(id)).escalationLevel).toBe('grid');
    await t.advance('2026-02-25T11:00:00');
    expect((await t.order(id)).escalationLevel).toBe('village');
    // 2 more: 02-25 5 h, 02-26 7.5 h, 02-27 2.5 h → 11:00 → town.
    await t.advance('2026-02-27T11:00:00');
    expect((await t.order(id)).escalationLevel).toBe('town');
    // 2 more: 02-27 5 h, the make-up Saturday 02-28 7.5 h, Monday 03-02 2.5 h → the county needs the leader.
    await t.advance('2026-03-02T10:59:59');
    expect((await t.order(id)).escalationRequest).toBeNull();
    await t.advance('2026-03-02T11:00:00');
    const waiting = await t.order(id);
    expect(waiting.escalationLevel).toBe('town');
    expect(waiting.escalationRequest).toEqual({ to: 'county', requestedAt: sh('2026-03-02T11:00:00') });
    expect(waiting.clocks.nextCheckAt).toBeNull();

    const steps = (await t.timeline(id)).map((e) => `${e.at.slice(5, 16)} ${e.action}`);
    expect(steps).toEqual([
      '02-14T10:12 card',
      '02-14T10:12 urge',
      '02-14T11:00 card',
      '02-14T11:00 supervise',
      '02-25T11:00 notice',
      '02-25T11:00 escalate',
      '02-27T11:00 notice',
      '02-27T11:00 escalate',
      '03-02T11:00 notice',
      '03-02T11:00 escalation_requested',
    ]);
    const cards = await t.store.repo.oversight.listCards({ orderId: id });
    expect(cards.map((c) => [c.stage, c.colour, c.unit.id])).toEqual([
      ['signOff', 'yellow', 'YT-JC-01'],
      ['signOff', 'red', 'YT-JC-01'],
    ]);
    expect(await t.store.repo.oversight.listNotices({})).toHaveLength(3);

    // The duty leader approves: the order goes to the county and the request is cleared.
    const approved = await t.run(leader, id, { type: 'escalate', reason: '同意上报县级' });
    expect(approved.escalationLevel).toBe('county');
    expect(approved.escalationRequest).toBeNull();
  });

  it('[ladder] safety skips the village: grid → town, then the county request', async () => {
    const t = await town('2026-03-10T09:00:00');
    const id = await t.dispatched('safety', 'P2');
    expect((await t.order(id)).deadlines.signOff).toBe(sh('2026-03-10T11:00:00'));
    await t.advance('2026-03-10T10:36:00'); // 0.8 × 2 h
    expect((await t.order(id)).clocks.signOff?.colour).toBe('yellow');
    await t.advance('2026-03-12T11:00:00'); // red at 11:00, + 15 working hours
    expect((await t.order(id)).escalationLevel).toBe('town');
    await t.advance('2026-03-16T11:00:00'); // 03-12 5 h, 03-13 7.5 h, Monday 2.5 h
    expect((await t.order(id)).escalationRequest?.to).toBe('county');
  });

  it('[P1 at night] natural time: yellow 24 minutes after receipt, red after 30', async () => {
    const t = await town('2026-03-10T23:50:00');
    const id = await t.dispatched('safety', 'P1');
    expect((await t.order(id)).deadlines).toEqual({
      signOff: sh('2026-03-11T00:20:00'),
      resolve: sh('2026-03-11T03:50:00'),
    });
    await t.advance('2026-03-11T00:14:00');
    expect((await t.order(id)).clocks.signOff?.colour).toBe('yellow');
    await t.advance('2026-03-11T00:20:01');
    expect((await t.order(id)).clocks.signOff?.colour).toBe('red');
  });

  it('a signed-off order runs the resolution clock instead; parking pauses it and an extension moves it', async () => {
    const t = await town('2026-03-10T09:00:00');
    const id = await t.dispatched('sanitation', 'P3'); // resolve due 03-13 17:30
    await t.run(gridworker, id, { type: 'accept' });
    await t.run(gridworker, id, { type: 'start' });
    const started = await t.order(id);
    expect(started.clocks.signOff?.metAt).toBe(sh('2026-03-10T09:00:00'));
    // The stage spans 29.5 working hours (03-10 from 09:00: 7 h; 03-11, 03-12, 03-13: 7.5 h each);
    // 80 % = 23.6 h: 7 + 7.5 + 7.5 = 22 h, then 08:30 + 1 h 36 on 03-13.
    expect(started.clocks.nextCheckAt).toBe(sh('2026-03-13T10:06:00'));
    await t.advance('2026-03-11T09:00:00');
    await t.run(gridworker, id, { type: 'request_parking', reason: '等待材料' });
    await t.run(operator, id, { type: 'approve_parking' });
    const parked = await t.order(id);
    expect(parked.deadlines.resolve).toBeNull();
    expect(parked.clocks.nextCheckAt).toBeNull(); // no card while parked
    await t.advance('2026-03-11T14:00:00'); // parked 09:00–14:00 = 3.5 h of working time
    await t.run(gridworker, id, { type: 'resume' });
    // 03-13 17:30 moved by 3.5 working hours: Monday 03-16 08:30 + 3.5 h = 12:00.
    expect((await t.order(id)).deadlines.resolve).toBe(sh('2026-03-16T12:00:00'));
    await t.run(gridworker, id, {
      type: 'request_extension',
      until: sh('2026-03-20T17:30:00'),
      reason: '需协调供电公司',
    });
    await t.run(operator, id, { type: 'approve_extension' });
    const extended = await t.order(id);
    expect(extended.deadlines.resolve).toBe(sh('2026-03-20T17:30:00'));
    expect(extended.clocks.resolve?.colour).toBe('green');
    expect(await t.timeline(id)).toEqual([]);
  });
});
