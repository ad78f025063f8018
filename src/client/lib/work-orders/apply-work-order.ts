import type { TimelineEntry } from '../../../shared/schemas/event';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import type { WorkOrderDetail } from './get-work-order';
import type { WorkOrderList } from './get-work-orders';

/**
 * The cache-merge rules for work orders, pure so they are tested without a socket. The entity's
 * `version` decides: only a strictly newer one replaces what is cached, so echoes of our own
 * commands, replays and out-of-order deliveries change nothing. Unchanged input is returned as the
 * same reference, which TanStack Query treats as "no update" (no re-render).
 */
export function isNewer(incoming: { version: number }, cached: { version: number } | undefined): boolean {
  return cached === undefined || incoming.version > cached.version;
}

/** What an event adds to an order's timeline, in the shape GET /api/work-orders/:id returns. */
export interface TimelineFact {
  seq: number;
  at: string;
  type: string;
  action: string;
  actor: TimelineEntry['actor'];
  reason: string | null;
}

export function applyToDetail(
  cached: WorkOrderDetail | undefined,
  entity: WorkOrder,
  fact?: TimelineFact,
): WorkOrderDetail | undefined {
  // No cached detail: nothing to patch. allowedCommands and the timeline come only from the server.
  if (cached === undefined || cached.id !== entity.id || !isNewer(entity, cached)) return cached;
  const timeline =
    fact && !cached.timeline.some((entry) => entry.seq === fact.seq)
      ? [...cached.timeline, { ...fact, version: entity.version, status: entity.status }].sort(
          (a, b) => a.seq - b.seq,
        )
      : cached.timeline;
  return { ...cached, ...entity, allowedCommands: cached.allowedCommands, timeline };
}

/** Replace the entity where the list holds it; membership and order are left to the refetch. */
export function applyToList(cached: WorkOrderList | undefined, entity: WorkOrder): WorkOrderList | undefined {
  if (cached === undefined) return cached;
  const index = cached.items.findIndex((item) => item.id === entity.id);
  if (index === -1 || !isNewer(entity, cached.items[index])) return cached;
  const items = cached.items.slice();
  items[index] = entity;
  return { ...cached, items };
}
