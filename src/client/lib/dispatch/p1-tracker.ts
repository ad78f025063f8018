import type { Priority, WorkOrder } from '../../../shared/schemas/work-order';

type Seen = Pick<WorkOrder, 'id' | 'priority' | 'status' | 'createdAt' | 'updatedAt'>;

/** Statuses in which becoming P1 is news for the desk: just received, or just graded at 立案. */
const FRESH: ReadonlySet<WorkOrder['status']> = new Set(['new', 'registered']);

export interface P1Tracker {
  /** Records what the lists now hold and returns the orders that became P1 since the last look. */
  observe: <T extends Seen>(orders: readonly T[]) => T[];
}

/**
 * Remembers the last priority seen of every order in any list. An order is news when it is P1 now
 * (new or registered) and either was seen before with another priority (graded P1 at 立案), or was
 * never seen and was created — or, registered, last changed — after the watch began. Orders that
 * were P1 when the page opened are not news, and neither is an old P1 order a new filter brings in.
 */
export function createP1Tracker(startedAt: number): P1Tracker {
  const seen = new Map<string, Priority | null>();
  const since = (iso: string): boolean => Date.parse(iso) >= startedAt;
  return {
    observe(orders) {
      const fresh = [];
      for (const order of orders) {
        const before = seen.get(order.id);
        seen.set(order.id, order.priority);
        if (order.priority !== 'P1' || !FRESH.has(order.status)) continue;
        const isNews =
          before === undefined
            ? since(order.createdAt) || (order.status === 'registered' && since(order.updatedAt))
            : before !== 'P1';
        if (isNews) fresh.push(order);
      }
      return fresh;
    },
  };
}
