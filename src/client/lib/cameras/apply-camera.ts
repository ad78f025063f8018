import type { Camera } from '../../../shared/schemas/town';

export type CameraChange = 'status-changed' | 'created' | 'updated' | 'deleted';
type CameraListLike = { items: Camera[]; total: number };

/**
 * Cache-merge rule for a list of cameras, pure: a strictly newer `version` wins; a created or
 * updated camera missing from the list is added in id order only when `addMissing` (the unfiltered
 * list: it may have just come into the viewer's scope), a deleted one leaves. Unchanged input returns
 * the same reference.
 */
export function applyCameraChange<L extends CameraListLike>(
  cached: L | undefined,
  change: CameraChange,
  entity: Camera,
  addMissing: boolean,
): L | undefined {
  if (cached === undefined) return cached;
  const at = cached.items.findIndex((item) => item.id === entity.id);
  if (at !== -1 && cached.items[at]!.version >= entity.version) return cached;
  if (change === 'deleted') {
    if (at === -1) return cached;
    return { ...cached, items: cached.items.filter((_, i) => i !== at), total: cached.total - 1 };
  }
  if (at !== -1) {
    const items = [...cached.items];
    items[at] = entity;
    return { ...cached, items };
  }
  if (!addMissing || change === 'status-changed') return cached;
  const items = [...cached.items, entity].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...cached, items, total: cached.total + 1 };
}
