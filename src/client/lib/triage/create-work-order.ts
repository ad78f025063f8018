import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { useRef } from 'react';
import type { z } from 'zod';
import { workOrder } from '../../../shared/schemas/work-order';
import type { WorkOrder, createWorkOrderBody } from '../../../shared/schemas/work-order';
import { apiPost } from '../api-client';
import { newIdempotencyKey } from '../idempotency-key';
import { workOrderKeys } from '../work-orders/keys';

export type CreateWorkOrderInput = z.input<typeof createWorkOrderBody>;

/**
 * POST /api/work-orders. One Idempotency-Key per intent: resubmitting the same body (a double
 * click, a retry after a timeout) reuses it so the server answers with the order it already
 * created; a changed body or a finished intake gets a new key (reusing a key with another body is 422).
 */
export function useCreateWorkOrder(): UseMutationResult<WorkOrder, Error, CreateWorkOrderInput> {
  const queryClient = useQueryClient();
  const intent = useRef<{ body: string; key: string } | null>(null);
  return useMutation({
    mutationFn: (body: CreateWorkOrderInput) => {
      const json = JSON.stringify(body);
      if (intent.current?.body !== json) intent.current = { body: json, key: newIdempotencyKey() };
      return apiPost('/api/work-orders', body, workOrder, intent.current.key);
    },
    onSuccess: () => {
      intent.current = null;
      // The socket will say so too; asking now shows the new order in the queue without waiting.
      void queryClient.invalidateQueries({ queryKey: workOrderKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: workOrderKeys.stats() });
    },
  });
}
