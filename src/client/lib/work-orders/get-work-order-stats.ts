import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet } from '../api-client';
import type { AppQueryOptions } from '../query-options';
import { workOrderKeys } from './keys';

export const workOrderStatsResponse = z.object({
  byStatus: z.record(z.string(), z.number().int()),
  total: z.number().int(),
  open: z.number().int(),
  asOfSeq: z.number().int(),
});
export type WorkOrderStats = z.infer<typeof workOrderStatsResponse>;

export function workOrderStatsQueryOptions(): AppQueryOptions<
  WorkOrderStats,
  ReturnType<typeof workOrderKeys.stats>
> {
  return queryOptions({
    queryKey: workOrderKeys.stats(),
    queryFn: ({ signal }) => apiGet('/api/stats/work-orders', workOrderStatsResponse, signal),
  });
}

export function useWorkOrderStats(): UseQueryResult<WorkOrderStats> {
  return useQuery(workOrderStatsQueryOptions());
}
