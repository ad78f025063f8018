import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { timelineEntry } from '../../../shared/schemas/event';
import { workOrder } from '../../../shared/schemas/work-order';
import { apiGet } from '../api-client';
import type { AppQueryOptions } from '../query-options';
import { workOrderKeys } from './keys';

/** One order as GET /api/work-orders/:id returns it: what this viewer may do next, and its history. */
export const workOrderDetailResponse = workOrder.extend({
  allowedCommands: z.array(z.string()),
  timeline: z.array(timelineEntry),
});
export type WorkOrderDetail = z.infer<typeof workOrderDetailResponse>;

export function getWorkOrder(id: string, signal?: AbortSignal): Promise<WorkOrderDetail> {
  return apiGet(`/api/work-orders/${encodeURIComponent(id)}`, workOrderDetailResponse, signal);
}

export function workOrderQueryOptions(
  id: string,
): AppQueryOptions<WorkOrderDetail, ReturnType<typeof workOrderKeys.detail>> {
  return queryOptions({
    queryKey: workOrderKeys.detail(id),
    queryFn: ({ signal }) => getWorkOrder(id, signal),
  });
}

export function useWorkOrder(id: string | null): UseQueryResult<WorkOrderDetail> {
  return useQuery({ ...workOrderQueryOptions(id ?? ''), enabled: id !== null });
}
