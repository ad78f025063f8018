import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { workOrder, workOrderCommand } from '../../../shared/schemas/work-order';
import type { CommandType, WorkOrder } from '../../../shared/schemas/work-order';
import { apiPost } from '../api-client';
import { applyToDetail, applyToList } from './apply-work-order';
import type { WorkOrderDetail } from './get-work-order';
import type { WorkOrderList } from './get-work-orders';
import { workOrderKeys } from './keys';

export interface CommandRequest {
  type: CommandType;
  fields?: Record<string, unknown>;
}

/** The command failed the shared schema before it was sent: the form shows it, the server never sees it. */
export class CommandInputError extends Error {
  readonly fields: string[];
  constructor(fields: string[]) {
    super(`invalid fields: ${fields.join(', ')}`);
    this.name = 'CommandInputError';
    this.fields = fields;
  }
}

export function buildCommand(order: Pick<WorkOrder, 'version'>, request: CommandRequest): unknown {
  const body = { ...request.fields, type: request.type, expectedVersion: order.version };
  const parsed = workOrderCommand.safeParse(body);
  if (!parsed.success) {
    throw new CommandInputError([...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))]);
  }
  return parsed.data;
}

/**
 * Runs a command against the version on screen (`expectedVersion`), so acting on an outdated view
 * gives 409 instead of silently overriding someone else's change.
 */
export function useExecuteCommand(
  order: Pick<WorkOrder, 'id' | 'version'>,
): UseMutationResult<WorkOrder, Error, CommandRequest> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CommandRequest) =>
      apiPost(
        `/api/work-orders/${encodeURIComponent(order.id)}/commands`,
        buildCommand(order, request),
        workOrder,
      ),
    onSuccess: (updated) => {
      // Show the result at once; the socket echo of the same version then changes nothing.
      queryClient.setQueryData<WorkOrderDetail>(workOrderKeys.detail(updated.id), (cached) =>
        applyToDetail(cached, updated),
      );
      queryClient.setQueriesData<WorkOrderList>({ queryKey: workOrderKeys.lists() }, (cached) =>
        applyToList(cached, updated),
      );
    },
    onSettled: () => {
      // allowedCommands and the timeline are the server's to compute; a 409 also means our copy is old.
      return queryClient.invalidateQueries({ queryKey: workOrderKeys.detail(order.id) });
    },
  });
}
