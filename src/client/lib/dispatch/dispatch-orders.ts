import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { workOrder } from '../../../shared/schemas/work-order';
import type { Assignee, WorkOrder } from '../../../shared/schemas/work-order';
import { apiPost, isApiError } from '../api-client';
import { newIdempotencyKey } from '../idempotency-key';
import { applyToDetail, applyToList } from '../work-orders/apply-work-order';
import { buildCommand } from '../work-orders/execute-command';
import type { WorkOrderDetail } from '../work-orders/get-work-order';
import type { WorkOrderList } from '../work-orders/get-work-orders';
import { workOrderKeys } from '../work-orders/keys';

export type DispatchTarget = Pick<WorkOrder, 'id' | 'number' | 'version'>;

export type DispatchOutcome =
  | { id: string; number: string; ok: true; order: WorkOrder }
  | { id: string; number: string; ok: false; conflict: boolean; error: Error };

export type SendDispatch = (target: DispatchTarget, assignee: Assignee) => Promise<WorkOrder>;

/** One dispatch command, against the version the operator saw, with its own idempotency key. */
export const sendDispatch: SendDispatch = (target, assignee) =>
  apiPost(
    `/api/work-orders/${encodeURIComponent(target.id)}/commands`,
    buildCommand(target, { type: 'dispatch', fields: { assignee } }),
    workOrder,
    newIdempotencyKey(),
  );

/**
 * 批量派遣: one command per order, one after the other (the server serialises them anyway, and a
 * two-core town server is not to be flooded). A refusal of one order never stops the others.
 */
export async function dispatchOrders(
  targets: readonly DispatchTarget[],
  assignee: Assignee,
  send: SendDispatch = sendDispatch,
): Promise<DispatchOutcome[]> {
  const outcomes: DispatchOutcome[] = [];
  for (const target of targets) {
    try {
      const order = await send(target, assignee);
      outcomes.push({ id: target.id, number: target.number, ok: true, order });
    } catch (cause) {
      const error = cause instanceof Error ? cause : new Error(String(cause));
      outcomes.push({
        id: target.id,
        number: target.number,
        ok: false,
        conflict: isApiError(error, 409),
        error,
      });
    }
  }
  return outcomes;
}

export interface BulkDispatchInput {
  targets: readonly DispatchTarget[];
  assignee: Assignee;
}

export function useBulkDispatch(): UseMutationResult<DispatchOutcome[], Error, BulkDispatchInput> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ targets, assignee }: BulkDispatchInput) => dispatchOrders(targets, assignee),
    onSuccess: (outcomes) => {
      for (const outcome of outcomes) {
        if (!outcome.ok) continue;
        const updated = outcome.order;
        queryClient.setQueryData<WorkOrderDetail>(workOrderKeys.detail(updated.id), (cached) =>
          applyToDetail(cached, updated),
        );
        queryClient.setQueriesData<WorkOrderList>({ queryKey: workOrderKeys.lists() }, (cached) =>
          applyToList(cached, updated),
        );
      }
    },
    onSettled: (_outcomes, _error, input) => {
      // Refused orders were changed by someone else: show what they are now.
      for (const target of input.targets) {
        void queryClient.invalidateQueries({ queryKey: workOrderKeys.detail(target.id) });
      }
      return queryClient.invalidateQueries({ queryKey: workOrderKeys.lists() });
    },
  });
}
