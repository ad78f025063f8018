import type { Camera, Staff } from '../../../shared/schemas/town';
import type { WallMarkers } from '../../../shared/schemas/wall';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { toMarker } from '../../../shared/wall/marker';

/**
 * Cache-merge rules for the wall, pure (no socket, no cache): a strictly newer `version` wins, an
 * order that closes leaves the markers, and unchanged input returns the same reference.
 */
export function applyMarkers(
  cached: WallMarkers | undefined,
  orders: readonly WorkOrder[],
): WallMarkers | undefined {
  if (cached === undefined || orders.length === 0) return cached;
  const byId = new Map(cached.items.map((m) => [m.id, m]));
  let changed = false;
  for (const order of orders) {
    const current = byId.get(order.id);
    if (current !== undefined && order.version <= current.version) continue;
    const marker = toMarker(order);
    if (marker !== null) byId.set(order.id, marker);
    else if (current === undefined) continue;
    else byId.delete(order.id);
    changed = true;
  }
  return changed ? { ...cached, items: [...byId.values()] } : cached;
}

/** Replaces one camera or staff member in a `{items}` list when the incoming version is newer. */
export function applyListEntity<T extends Camera | Staff, L extends { items: T[] }>(
  cached: L | undefined,
  entity: T,
): L | undefined {
  if (cached === undefined) return cached;
  const at = cached.items.findIndex((item) => item.id === entity.id);
  if (at === -1 || cached.items[at]!.version >= entity.version) return cached;
  const items = [...cached.items];
  items[at] = entity;
  return { ...cached, items };
}
