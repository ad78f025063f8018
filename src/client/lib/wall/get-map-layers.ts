import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { mapLayers, type MapLayers } from '../../../shared/schemas/map';
import { apiGet } from '../api-client';
import { wallKeys } from './keys';

/** County, neighbour, town and village outlines; they change only when an administrator imports. */
export const mapLayersQueryOptions = () =>
  queryOptions({
    queryKey: wallKeys.layers(),
    queryFn: ({ signal }) => apiGet('/api/map/layers', mapLayers, signal),
    staleTime: Infinity,
  });

export function useMapLayers(): UseQueryResult<MapLayers> {
  return useQuery(mapLayersQueryOptions());
}
