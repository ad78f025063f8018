import { statusCodes } from '../../../shared/schemas/work-order';
import type { WorkOrderStatus } from '../../../shared/schemas/work-order';

/** Ended orders: closed, or never taken on (rejected, merged into another). Everything else is open. */
const ENDED: ReadonlySet<WorkOrderStatus> = new Set(['closed', 'rejected', 'merged']);

/** The lifecycle order of the open statuses, as the wall and the leader board show them. */
export const OPEN_STATUSES: readonly WorkOrderStatus[] = statusCodes.filter((s) => !ENDED.has(s));

export function isOpenStatus(status: WorkOrderStatus): boolean {
  return !ENDED.has(status);
}
