import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { wallMarkers, type WallMarkers } from '../../../shared/schemas/wall';
import { apiGet } from '../api-client';
import { wallKeys } from './keys';

/** Every open order as a compact marker; the bridge upserts and removes them from events. */
export const wallMarkersQueryOptions = () =>
  queryOptions({
    queryKey: wallKeys.markers(),
    queryFn: ({ signal }) => apiGet('/api/wall/markers', wallMarkers, signal),
  });

export function useWallMarkers(): UseQueryResult<WallMarkers> {
  return useQuery(wallMarkersQueryOptions());
}
