import { z } from 'zod';
import { workOrder } from '../../shared/schemas/work-order';
import {
  planStep,
  planUrge,
  trimMemory,
  type OrderMemory,
  type PlannedStep,
  type SimOrder,
} from './lifecycle';
import { describeError, isOk, type SimRuntime } from './runtime';
import { SIM_USERS } from './users';

/** Statuses someone still has to act on; `rejected`, `merged` and `closed` are done. */
export const OPEN_STATUSES = [
  'new',
  'registered',
  'dispatched',
  'accepted',
  'in_progress',
  'resolved',
  'verified',
];

const simOrder = workOrder.pick({
  id: true,
  status: true,
  version: true,
  category: true,
  priority: true,
  title: true,
  description: true,
  gridId: true,
  villageId: true,
  outOfGrid: true,
  assignee: true,
  parked: true,
  extension: true,
  parking: true,
  deadlines: true,
  urgeCount: true,
  updatedAt: true,
});
const orderList = z.object({ items: z.array(z.unknown()), total: z.number() });

/** Actions per tick, so that a backlog drains over a few ticks instead of in one burst. */
const MAX_ACTIONS_PER_TICK = 30;
/** A command the server keeps refusing (scope, validation) is not worth sending every tick. */
const MAX_REFUSALS = 3;

export interface LifecycleDriver {
  /** Polls the open orders and lets the people whose turn it is act on those that are due. */
  tick(): Promise<void>;
  /** Open orders at the last poll (null before the first), to keep intake bounded. */
  openCount(): number | null;
}

/**
 * Drives orders through 受理 → 立案 → 派遣 → 签收 → 处置 → 核查 → 结案 as the people involved would:
 * each acts some simulated minutes after the order reached their step. The server's state is the
 * only truth (polled each tick), so orders created by people at the console move on too, and a
 * restarted simulator picks up where the last one stopped.
 */
export function createLifecycleDriver(rt: SimRuntime, memory: OrderMemory): LifecycleDriver {
  const stageStart = new Map<string, number>();
  const lastUrge = new Map<string, number>();
  const inFlight = new Set<string>();
  /** Refusals per order and status: after a few the simulator leaves that order to people. */
  const refusals = new Map<string, number>();
  let open: number | null = null;
  const seconds = (ms: number): number => (ms * rt.speed) / 1000;

  async function fetchOrder(id: string): Promise<SimOrder | null> {
    const res = await rt.client.get(SIM_USERS.operator, `/api/work-orders/${encodeURIComponent(id)}`);
    const parsed = simOrder.safeParse(res.body);
    return res.status === 200 && parsed.success ? parsed.data : null;
  }

  async function post(order: SimOrder, step: PlannedStep): Promise<{ status: number; body: unknown }> {
    const path = `/api/work-orders/${encodeURIComponent(order.id)}/commands`;
    return rt.client.post(step.username, path, { ...step.command, expectedVersion: order.version });
  }

  const isStale = (body: unknown): boolean => {
    const error = (body as { error?: { rule?: unknown; code?: unknown } } | null)?.error;
    return error?.rule === 'WO-VERSION' || /stale|version/i.test(String(error?.code ?? ''));
  };

  async function act(order: SimOrder, step: PlannedStep): Promise<void> {
    let res = await post(order, step);
    if (res.status === 409 && isStale(res.body)) {
      rt.stats.conflicts++;
      // Someone else changed the order since the poll: act once more on the fresh version if the
      // order still waits for the same step, else leave it to the next tick.
      const fresh = await fetchOrder(order.id);
      if (!fresh || fresh.status !== order.status) return;
      res = await post(fresh, step);
    }
    if (isOk(res.status)) {
      rt.stats.commands++;
      if (step.remember) memory[step.remember].add(order.id);
      if (step.command.type === 'urge') lastUrge.set(order.id, Date.now());
      return;
    }
    if (res.status === 409) {
      rt.stats.conflicts++;
      return;
    }
    rt.stats.failures++;
    rt.warn(
      `command:${step.command.type}:${res.status}`,
      { orderId: order.id, user: step.username, status: res.status, body: res.body },
      'simulator command refused',
    );
  }

  async function tick(): Promise<void> {
    const res = await rt.client.get(
      SIM_USERS.operator,
      `/api/work-orders?status=${OPEN_STATUSES.join(',')}&limit=1000`,
    );
    const list = orderList.safeParse(res.body);
    if (res.status !== 200 || !list.success) {
      rt.warn(`list:${res.status}`, { status: res.status }, 'simulator cannot list open work orders');
      return;
    }
    open = list.data.total;
    const orders = list.data.items.flatMap((item) => {
      const parsed = simOrder.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
    trimMemory(memory);
    const now = Date.now();
    const live = new Set(orders.map((o) => `${o.id}:${o.status}`));
    for (const key of stageStart.keys()) if (!live.has(key)) stageStart.delete(key);
    for (const key of refusals.keys()) if (!live.has(key)) refusals.delete(key);
    const openIds = new Set(orders.map((o) => o.id));
    for (const id of lastUrge.keys()) if (!openIds.has(id)) lastUrge.delete(id);

    const due: { order: SimOrder; step: PlannedStep; waited: number }[] = [];
    for (const order of orders) {
      const key = `${order.id}:${order.status}`;
      if (inFlight.has(order.id) || (refusals.get(key) ?? 0) >= MAX_REFUSALS) continue;
      // The stage began when the order reached its status; an urge bumps updatedAt, the first
      // sighting does not move, so urging never resets the handler's clock.
      const start = stageStart.get(key) ?? Math.min(now, Date.parse(order.updatedAt) || now);
      stageStart.set(key, start);
      const waited = seconds(now - start);
      const step = planStep(order, { town: rt.town, seed: rt.seed, memory });
      if (step && waited >= step.afterSeconds) {
        due.push({ order, step, waited });
        continue;
      }
      const urgedAt = lastUrge.get(order.id);
      const urge = planUrge(order, waited, urgedAt === undefined ? null : seconds(now - urgedAt), rt.seed);
      if (urge) due.push({ order, step: urge, waited });
    }
    due.sort((a, b) => b.waited - a.waited);
    await Promise.all(
      due.slice(0, MAX_ACTIONS_PER_TICK).map(async ({ order, step }) => {
        inFlight.add(order.id);
        try {
          await act(order, step);
        } catch (error) {
          rt.stats.failures++;
          rt.warn(
            `command:${step.command.type}:error`,
            { orderId: order.id, user: step.username, ...describeError(error) },
            'simulator command failed',
          );
        } finally {
          inFlight.delete(order.id);
        }
      }),
    );
  }

  return { tick, openCount: () => open };
}
