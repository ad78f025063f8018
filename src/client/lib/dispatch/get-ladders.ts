import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { categoryCode } from '../../../shared/schemas/town';
import { escalationLevel } from '../../../shared/schemas/work-order';
import type { Ladders } from '../../../shared/clock/order-clocks';
import { apiGet } from '../api-client';
import type { AppQueryOptions } from '../query-options';
import { dispatchKeys } from './keys';

/** Only the ladders of GET /api/admin/oversight: the rest of the settings are the admin screen's. */
const laddersView = z.object({
  settings: z.object({
    ladders: z.partialRecord(z.union([categoryCode, z.literal('*')]), z.array(escalationLevel)),
  }),
});
type LaddersView = z.infer<typeof laddersView>;

export function laddersQueryOptions(): AppQueryOptions<
  LaddersView,
  ReturnType<typeof dispatchKeys.oversightSettings>
> {
  return queryOptions({
    queryKey: dispatchKeys.oversightSettings(),
    queryFn: ({ signal }) => apiGet('/api/admin/oversight', laddersView, signal),
  });
}

/** The escalation ladders per category (`*` the default); null until loaded or when not readable. */
export function useLadders(enabled = true): Ladders | null {
  const { data } = useQuery({ ...laddersQueryOptions(), enabled });
  return data?.settings.ladders ?? null;
}
