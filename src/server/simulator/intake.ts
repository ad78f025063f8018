import { z } from 'zod';
import type { OrderMemory } from './lifecycle';
import type { OrderGenerator } from './order-generator';
import { describeError, isOk, type SimRuntime } from './runtime';

const created = z.object({ id: z.string() });

/**
 * Above this many open orders the simulated town goes quiet until the pipeline catches up, so a slow
 * server or a paused pipeline never piles up thousands of orders.
 */
export const MAX_OPEN_ORDERS = 250;

export interface Intake {
  /** Posts `count` new orders, as far as the bound on open orders allows. */
  create(count: number): Promise<void>;
}

export function createIntake(
  rt: SimRuntime,
  memory: OrderMemory,
  generator: OrderGenerator,
  openCount: () => number | null,
): Intake {
  // Orders created since the driver last counted, so one burst cannot overshoot the bound.
  let sinceCount = 0;
  let lastCount: number | null = null;
  return {
    create: async (count) => {
      const open = openCount();
      if (open !== lastCount) {
        lastCount = open;
        sinceCount = 0;
      }
      const room = Math.max(0, MAX_OPEN_ORDERS - (open ?? 0) - sinceCount);
      const n = Math.min(count, room);
      sinceCount += n;
      const drawn = Array.from({ length: n }, () => generator.next());
      await Promise.all(
        drawn.map(async (order) => {
          try {
            const res = await rt.client.post(order.username, '/api/work-orders', order.body);
            const body = created.safeParse(res.body);
            if (isOk(res.status) && body.success) {
              rt.stats.created++;
              memory.intended.set(body.data.id, order.category);
              return;
            }
            rt.stats.failures++;
            rt.warn(
              `create:${res.status}`,
              { user: order.username, status: res.status, body: res.body },
              'simulator could not create a work order',
            );
          } catch (error) {
            rt.stats.failures++;
            rt.warn(
              'create:error',
              { user: order.username, ...describeError(error) },
              'simulator could not create a work order',
            );
          }
        }),
      );
    },
  };
}
