import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import { listOf } from '../../../shared/schemas/common';
import { village } from '../../../shared/schemas/town';
import { apiGet } from '../api-client';
import type { AppQueryOptions } from '../query-options';

const villageList = listOf(village);
type VillageList = z.infer<typeof villageList>;

/** The wall's own key (reference data, fetched once per session like the others). */
export const wallVillagesKey = (): readonly ['wall', 'villages'] => ['wall', 'villages'];

export function villagesQueryOptions(): AppQueryOptions<VillageList, ReturnType<typeof wallVillagesKey>> {
  return queryOptions({
    queryKey: wallVillagesKey(),
    queryFn: ({ signal }) => apiGet('/api/villages?limit=1000', villageList, signal),
  });
}

// Module-level so TanStack Query re-runs it only when the list changes: a chart memoised on the
// map then rebuilds its option only when a name did.
const selectNames = (list: VillageList): ReadonlyMap<string, string> =>
  new Map(list.items.map((v) => [v.id, v.name]));

/** Village id → name. */
export function useVillageNames(): UseQueryResult<ReadonlyMap<string, string>> {
  return useQuery({ ...villagesQueryOptions(), select: selectNames });
}
