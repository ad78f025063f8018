import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { listOf } from '../../../shared/schemas/common';
import { camera, type Camera } from '../../../shared/schemas/town';
import {
  cameraFaultBody,
  cameraFaultEntry,
  cameraFaultState,
  type CameraFault,
  type CameraFaultEntry,
  type CameraFaultState,
} from '../../../shared/schemas/video';
import { apiGet, apiPost, withQuery } from '../api-client';
import { newIdempotencyKey } from '../idempotency-key';
import type { AppQueryOptions } from '../query-options';

export const cameraFaultKeys = {
  all: ['admin', 'camera-faults'] as const,
  list: () => [...cameraFaultKeys.all, 'list'] as const,
  search: (q: string) => [...cameraFaultKeys.all, 'search', q] as const,
};

const faultList = listOf(cameraFaultEntry);
const cameraList = listOf(camera);

/** GET /api/cameras/faults: the simulated faults in force. */
export function cameraFaultsQueryOptions(): AppQueryOptions<
  CameraFaultEntry[],
  ReturnType<typeof cameraFaultKeys.list>
> {
  return queryOptions({
    queryKey: cameraFaultKeys.list(),
    queryFn: async ({ signal }) => (await apiGet('/api/cameras/faults', faultList, signal)).items,
  });
}

/** Cameras whose id or name contains `q` (at most 20), to pick one to break. */
export function cameraSearchQueryOptions(
  q: string,
): AppQueryOptions<Camera[], ReturnType<typeof cameraFaultKeys.search>> {
  return queryOptions({
    queryKey: cameraFaultKeys.search(q),
    queryFn: async ({ signal }) =>
      (await apiGet(withQuery('/api/cameras', { q, limit: 20 }), cameraList, signal)).items,
    enabled: q.trim().length > 0,
  });
}

/** POST /api/cameras/:id/faults; `fault: null` clears it. */
export function useSetCameraFault(): UseMutationResult<
  CameraFaultState,
  Error,
  { cameraId: string; fault: CameraFault | null }
> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cameraId, fault }) =>
      apiPost(
        `/api/cameras/${encodeURIComponent(cameraId)}/faults`,
        cameraFaultBody.parse({ fault }),
        cameraFaultState,
        newIdempotencyKey(),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cameraFaultKeys.list() }),
  });
}
