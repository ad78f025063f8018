/**
 * Query keys of the dispatch desk. They stay outside `workOrderKeys` on purpose: the realtime bridge
 * patches everything under `work-orders/list` as a WorkOrderList, and these answers have other shapes.
 * The order's `version` is part of the per-order keys, so any change to the order asks again.
 */
export const dispatchKeys = {
  all: ['dispatch'] as const,
  suggestions: (orderId: string, version: number) =>
    [...dispatchKeys.all, 'suggestions', orderId, version] as const,
  supervisions: (orderId: string, version: number) =>
    [...dispatchKeys.all, 'supervisions', orderId, version] as const,
  oversightSettings: () => [...dispatchKeys.all, 'oversight-settings'] as const,
};
