import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { wallSummary, type WallSummary } from '../../../shared/schemas/wall';
import { apiGet } from '../api-client';
import { wallKeys } from './keys';

/** KPIs, chart series and grid measures, recomputed by the server; the bridge invalidates it on events. */
export const wallSummaryQueryOptions = () =>
  queryOptions({
    queryKey: wallKeys.summary(),
    queryFn: ({ signal }) => apiGet('/api/wall/summary', wallSummary, signal),
    // Clock-driven figures (today's counts at midnight, cards turning red) change without an event.
    refetchInterval: 60_000,
  });

export function useWallSummary(): UseQueryResult<WallSummary> {
  return useQuery(wallSummaryQueryOptions());
}
