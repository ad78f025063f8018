import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { workOrder } from '../../../shared/schemas/work-order';
import { apiGet, withQuery } from '../api-client';
import type { AppQueryOptions } from '../query-options';
import { filtersToQuery } from './filters';
import type { WorkOrderFilters } from './filters';
import { workOrderKeys } from './keys';

export const workOrderListResponse = z.object({
  items: z.array(workOrder),
  total: z.number().int(),
  asOfSeq: z.number().int(),
});
export type WorkOrderList = z.infer<typeof workOrderListResponse>;

export function getWorkOrders(filters: WorkOrderFilters, signal?: AbortSignal): Promise<WorkOrderList> {
  return apiGet(withQuery('/api/work-orders', filtersToQuery(filters)), workOrderListResponse, signal);
}

export function workOrdersQueryOptions(
  filters: WorkOrderFilters,
): AppQueryOptions<WorkOrderList, ReturnType<typeof workOrderKeys.list>> {
  return queryOptions({
    queryKey: workOrderKeys.list(filters),
    queryFn: ({ signal }) => getWorkOrders(filters, signal),
    // Keep the previous page on screen while a new filter loads: the console must not flash empty.
    placeholderData: keepPreviousData,
  });
}

export function useWorkOrders(filters: WorkOrderFilters): UseQueryResult<WorkOrderList> {
  return useQuery(workOrdersQueryOptions(filters));
}
