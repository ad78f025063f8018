import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { oversightSettings } from '../../../shared/schemas/oversight';
import { apiGet } from '../api-client';
import type { AppQueryOptions } from '../query-options';
import { oversightKeys } from './keys';

/** GET /api/admin/oversight: the settings the clocks run on, and what the calendars cover. */
export const oversightView = z.object({
  settings: oversightSettings,
  calendars: z.array(z.object({ year: z.number(), source: z.string().nullable(), holidays: z.number() })),
  /** This year and the next when their official schedule is missing: weekends only until imported. */
  missingYears: z.array(z.number()),
  systemActor: z.string(),
  /** > 1 while the simulated town runs its clocks SIM_SPEED× faster (demo only). */
  demoSpeed: z.number(),
});
export type OversightView = z.infer<typeof oversightView>;

export function oversightQueryOptions(): AppQueryOptions<
  OversightView,
  ReturnType<typeof oversightKeys.view>
> {
  return queryOptions({
    queryKey: oversightKeys.view(),
    queryFn: ({ signal }) => apiGet('/api/admin/oversight', oversightView, signal),
  });
}

export function useOversight(): UseQueryResult<OversightView> {
  return useQuery(oversightQueryOptions());
}
