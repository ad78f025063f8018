import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { newIdempotencyKey } from '../idempotency-key';
import { useOfflineQueue } from '../offline/offline-queue-provider';
import type { CreateWorkOrderInput } from '../triage/create-work-order';
import { workOrderKeys } from '../work-orders/keys';
import type { FieldWriteResult } from './field-command';

/**
 * A grid report (网格员上报). `photos` are the URLs of photos already uploaded: the order has no
 * photo field yet and the server ignores unknown keys, so they ride along for when it keeps them.
 */
export type FieldReport = Omit<CreateWorkOrderInput, 'source'> & { photos?: string[] };

export function useSubmitReport(): UseMutationResult<FieldWriteResult, Error, FieldReport> {
  const queryClient = useQueryClient();
  const queue = useOfflineQueue();
  return useMutation({
    // Without signal TanStack Query would pause the mutation; the offline queue is what must take it.
    networkMode: 'always',
    mutationFn: async (report: FieldReport): Promise<FieldWriteResult> => {
      const result = await queue.submit({
        key: newIdempotencyKey(),
        kind: 'report',
        path: '/api/work-orders',
        body: { ...report, source: 'grid_report' },
        orderId: null,
        label: { subject: report.title, action: 'report' },
      });
      if (result.status === 'sent') void queryClient.invalidateQueries({ queryKey: workOrderKeys.lists() });
      return { status: result.status };
    },
  });
}
