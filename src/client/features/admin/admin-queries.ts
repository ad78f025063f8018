import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet } from '../../lib/api-client';
import type { AppQueryOptions } from '../../lib/query-options';

export const REFERENCE_ENTITIES = [
  'grids',
  'villages',
  'cameras',
  'staff',
  'departments',
  'categories',
] as const;
export type ReferenceEntity = (typeof REFERENCE_ENTITIES)[number];

export const adminKeys = {
  all: ['admin'] as const,
  count: (entity: ReferenceEntity) => [...adminKeys.all, 'count', entity] as const,
  health: () => [...adminKeys.all, 'health'] as const,
};

/** Only `total` is read, so the items themselves are not validated here; `limit=1` keeps it light. */
const countOnly = z.object({ items: z.array(z.unknown()), total: z.number().int() });

export function referenceCountQueryOptions(
  entity: ReferenceEntity,
): AppQueryOptions<number, ReturnType<typeof adminKeys.count>> {
  return queryOptions({
    queryKey: adminKeys.count(entity),
    queryFn: async ({ signal }) => (await apiGet(`/api/${entity}?limit=1`, countOnly, signal)).total,
  });
}

export const health = z.object({
  status: z.string(),
  version: z.string(),
  seq: z.number().int(),
  db: z.unknown(),
  simulator: z.unknown(),
});
export type Health = z.infer<typeof health>;

/** Health is not pushed over the socket; poll it while the page is open. */
const HEALTH_POLL_MS = 10_000;

export function healthQueryOptions(): AppQueryOptions<Health, ReturnType<typeof adminKeys.health>> {
  return queryOptions({
    queryKey: adminKeys.health(),
    queryFn: ({ signal }) => apiGet('/api/health', health, signal),
    refetchInterval: HEALTH_POLL_MS,
    staleTime: 0,
  });
}
