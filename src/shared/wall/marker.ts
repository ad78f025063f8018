import type { WallMarker } from '../schemas/wall';
import type { WorkOrder } from '../schemas/work-order';
import { isOpen, isOverdue } from './summary';

/** An order as the wall's map shows it; null once it is no longer open (it leaves the map). */
export function toMarker(o: WorkOrder): WallMarker | null {
  if (!isOpen(o)) return null;
  return {
    id: o.id,
    number: o.number,
    title: o.title,
    priority: o.priority,
    status: o.status,
    category: o.category,
    gridId: o.gridId,
    location: o.location,
    overdue: isOverdue(o),
    version: o.version,
  };
}
