import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { listOf } from '../../../shared/schemas/common';
import { camera } from '../../../shared/schemas/town';
import { apiGet, withQuery } from '../api-client';
import type { AppQueryOptions } from '../query-options';
import { cameraKeys, type CameraFilters } from './keys';

export const cameraPage = listOf(camera);
export type CameraPage = z.infer<typeof cameraPage>;

/** GET /api/cameras with the registry's filters; one page of 1000 holds a town's cameras. */
export function camerasQueryOptions(
  filters: CameraFilters,
): AppQueryOptions<CameraPage, ReturnType<typeof cameraKeys.list>> {
  return queryOptions({
    queryKey: cameraKeys.list(filters),
    queryFn: ({ signal }) =>
      apiGet(withQuery('/api/cameras', { ...filters, limit: 1000 }), cameraPage, signal),
  });
}

export function useCameras(filters: CameraFilters): UseQueryResult<CameraPage> {
  return useQuery(camerasQueryOptions(filters));
}
