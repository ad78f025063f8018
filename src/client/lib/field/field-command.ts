import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient, UseMutationResult } from '@tanstack/react-query';
import { workOrder } from '../../../shared/schemas/work-order';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { newIdempotencyKey } from '../idempotency-key';
import { useOfflineQueue } from '../offline/offline-queue-provider';
import type { QueuedItem } from '../offline/offline-queue';
import { applyToDetail, applyToList } from '../work-orders/apply-work-order';
import { buildCommand } from '../work-orders/execute-command';
import type { CommandRequest } from '../work-orders/execute-command';
import type { WorkOrderDetail } from '../work-orders/get-work-order';
import type { WorkOrderList } from '../work-orders/get-work-orders';
import { workOrderKeys } from '../work-orders/keys';

export type FieldWriteResult = { status: 'sent' } | { status: 'queued' };

/** Shows a command's result at once; the socket echo of the same version then changes nothing. */
export function applyCommandResult(queryClient: QueryClient, body: unknown): void {
  const parsed = workOrder.safeParse(body);
  if (!parsed.success) return;
  const updated = parsed.data;
  queryClient.setQueryData<WorkOrderDetail>(workOrderKeys.detail(updated.id), (cached) =>
    applyToDetail(cached, updated),
  );
  queryClient.setQueriesData<WorkOrderList>({ queryKey: workOrderKeys.lists() }, (cached) =>
    applyToList(cached, updated),
  );
  void queryClient.invalidateQueries({ queryKey: workOrderKeys.detail(updated.id) });
}

/** What a write that waited in the offline queue does to the cache once it is through. */
export function applyQueuedResult(queryClient: QueryClient, item: QueuedItem, body: unknown): void {
  if (item.kind === 'command') applyCommandResult(queryClient, body);
  else void queryClient.invalidateQueries({ queryKey: workOrderKeys.lists() });
}

/**
 * A command from the phone: against the version on screen (409 if someone else changed the order),
 * with an Idempotency-Key of its own, and through the offline queue — without signal it waits there
 * and goes out, with the same key, when the signal returns.
 */
export function useFieldCommand(
  order: Pick<WorkOrder, 'id' | 'version' | 'number'>,
): UseMutationResult<FieldWriteResult, Error, CommandRequest> {
  const queryClient = useQueryClient();
  const queue = useOfflineQueue();
  return useMutation({
    // Without signal TanStack Query would pause the mutation; the offline queue is what must take it.
    networkMode: 'always',
    mutationFn: async (request: CommandRequest): Promise<FieldWriteResult> => {
      const body = buildCommand(order, request);
      const result = await queue.submit({
        key: newIdempotencyKey(),
        kind: 'command',
        path: `/api/work-orders/${encodeURIComponent(order.id)}/commands`,
        body,
        orderId: order.id,
        label: { subject: order.number, action: request.type },
      });
      if (result.status === 'sent') applyCommandResult(queryClient, result.body);
      return { status: result.status };
    },
    onError: () => queryClient.invalidateQueries({ queryKey: workOrderKeys.detail(order.id) }),
  });
}
