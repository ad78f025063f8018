import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { workOrderStatus } from '../../../shared/schemas/work-order';
import { apiGet } from '../api-client';
import type { AppQueryOptions } from '../query-options';
import { triageKeys } from './keys';

export const duplicateReasons = ['nearby-same-category', 'same-caller'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

/** An existing order that may report the same thing: close by in the same category, or the same caller. */
export const duplicateCandidate = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  status: workOrderStatus,
  reasons: z.array(z.enum(duplicateReasons)),
  distanceM: z.number().nullable(),
  minutesApart: z.number(),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;

export const duplicatesResponse = z.object({ items: z.array(duplicateCandidate) });
export type DuplicatesResponse = z.infer<typeof duplicatesResponse>;

export function duplicatesQueryOptions(
  id: string,
  asOfSeq: number | null,
): AppQueryOptions<DuplicatesResponse, ReturnType<typeof triageKeys.duplicates>> {
  return queryOptions({
    queryKey: triageKeys.duplicates(id, asOfSeq),
    queryFn: ({ signal }) =>
      apiGet(`/api/work-orders/${encodeURIComponent(id)}/duplicates`, duplicatesResponse, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * Candidates for one order. `asOfSeq` is the live queue's: whenever the bridge makes the queue
 * refetch (any order changed), the key changes and the candidates are asked for again.
 */
export function useDuplicates(id: string, asOfSeq: number | null): UseQueryResult<DuplicatesResponse> {
  return useQuery(duplicatesQueryOptions(id, asOfSeq));
}
