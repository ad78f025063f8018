import type { Priority, WorkOrder } from '../../../shared/schemas/work-order';

/** The filters of the live triage queue: every order still waiting to be taken on (待受理). */
export const TRIAGE_QUEUE_FILTERS = { status: 'new', limit: 1000 } as const;

/**
 * An order nobody has graded yet may be urgent, so it waits after P2 but before the routine P3
 * and P4 ones, where it would otherwise sink unseen.
 */
const RANK: Record<Priority | 'none', number> = { P1: 0, P2: 1, none: 2, P3: 3, P4: 4 };

export function priorityRank(value: Priority | null): number {
  return RANK[value ?? 'none'];
}

function compareQueue(a: WorkOrder, b: WorkOrder): number {
  return (
    priorityRank(a.priority) - priorityRank(b.priority) ||
    Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
    a.number.localeCompare(b.number)
  );
}

/**
 * The triage order: P1 first, then P2, ungraded, P3, P4; within a priority the longest waiting
 * first. Orders the bridge has already patched out of `new` (registered a moment ago, before the
 * list is refetched) are left out at once.
 */
export function sortTriageQueue(orders: readonly WorkOrder[]): WorkOrder[] {
  return orders.filter((order) => order.status === 'new').sort(compareQueue);
}

/** Where the selection goes when `id` leaves the queue: the next order, else the one before it. */
export function neighbourInQueue(queue: readonly Pick<WorkOrder, 'id'>[], id: string): string | null {
  const index = queue.findIndex((order) => order.id === id);
  if (index === -1) return queue[0]?.id ?? null;
  return queue[index + 1]?.id ?? queue[index - 1]?.id ?? null;
}
