import type { WorkOrderFilters } from './filters';

/**
 * The one key factory for work-order queries, generic → specific, so the realtime bridge can patch
 * or invalidate every list (`lists()`), one detail (`detail(id)`) or the counts (`stats()`).
 */
export const workOrderKeys = {
  all: ['work-orders'] as const,
  lists: () => [...workOrderKeys.all, 'list'] as const,
  list: (filters: WorkOrderFilters) => [...workOrderKeys.lists(), filters] as const,
  details: () => [...workOrderKeys.all, 'detail'] as const,
  detail: (id: string) => [...workOrderKeys.details(), id] as const,
  stats: () => [...workOrderKeys.all, 'stats'] as const,
};
