import type { WorkOrder } from '../../../shared/schemas/work-order';

/** What was last seen of an order: an alert is a rise from here. */
export interface AlertMark {
  version: number;
  urgeCount: number;
  supervised: boolean;
}

export interface OrderAlert {
  id: string;
  kind: 'urge' | 'supervise';
  orderId: string;
  number: string;
  title: string;
  urgeCount: number;
}

type Watched = Pick<WorkOrder, 'id' | 'version' | 'number' | 'title' | 'urgeCount' | 'supervised'>;

/**
 * Compares orders from the cache with what was seen before and returns the new 催办 / 督办 alerts.
 * The first sighting of an order only records it (opening the app is no alarm), and an older
 * version (a list not yet refetched) changes nothing, so each rise alerts exactly once.
 * `seen` is updated in place.
 */
export function detectAlerts<T extends Watched>(
  seen: Map<string, AlertMark>,
  orders: readonly T[],
  isMine: (order: T) => boolean,
): OrderAlert[] {
  const alerts: OrderAlert[] = [];
  for (const order of orders) {
    const before = seen.get(order.id);
    if (before && order.version <= before.version) continue;
    seen.set(order.id, { version: order.version, urgeCount: order.urgeCount, supervised: order.supervised });
    if (!before || !isMine(order)) continue;
    const base = { orderId: order.id, number: order.number, title: order.title, urgeCount: order.urgeCount };
    if (order.supervised && !before.supervised)
      alerts.push({ ...base, id: `${order.id}:supervise:${order.version}`, kind: 'supervise' });
    if (order.urgeCount > before.urgeCount)
      alerts.push({ ...base, id: `${order.id}:urge:${order.urgeCount}`, kind: 'urge' });
  }
  return alerts;
}
