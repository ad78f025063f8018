import type { WorkOrder } from '../../../shared/schemas/work-order';

/** The statuses in which a request can wait for the centre (延期, 挂账, 上报县级). */
export const APPROVALS_FILTERS = {
  status: 'accepted,in_progress,registered,dispatched,resolved',
  limit: 1000,
} as const;

export interface Approvals {
  extensions: WorkOrder[];
  parkings: WorkOrder[];
  escalations: WorkOrder[];
}

const byUpdate = (a: WorkOrder, b: WorkOrder): number => Date.parse(a.updatedAt) - Date.parse(b.updatedAt);

/** What waits for a decision, longest waiting first; one order may wait in two groups. */
export function approvalsOf(orders: readonly WorkOrder[]): Approvals {
  return {
    extensions: orders.filter((o) => o.extension.state === 'requested').sort(byUpdate),
    parkings: orders.filter((o) => o.parking.state === 'requested').sort(byUpdate),
    escalations: orders
      .filter((o) => o.escalationRequest !== null)
      .sort(
        (a, b) =>
          Date.parse(a.escalationRequest?.requestedAt ?? a.updatedAt) -
          Date.parse(b.escalationRequest?.requestedAt ?? b.updatedAt),
      ),
  };
}
