import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { supervisionRecord } from '../../../shared/schemas/oversight';
import { apiGet, withQuery } from '../api-client';
import type { AppQueryOptions } from '../query-options';
import { dispatchKeys } from './keys';

export const supervision = supervisionRecord;
export type Supervision = z.infer<typeof supervision>;
const supervisionList = z.object({ items: z.array(supervision) });
type SupervisionList = z.infer<typeof supervisionList>;

/** Unanswered first (they need chasing), then the newest. */
export function sortSupervisions(items: readonly Supervision[]): Supervision[] {
  return [...items].sort(
    (a, b) =>
      Number(a.answeredAt !== null) - Number(b.answeredAt !== null) ||
      Date.parse(b.openedAt) - Date.parse(a.openedAt),
  );
}

/** Every supervision (督办) of one order, answered or not; `version` refetches them when it changes. */
export function orderSupervisionsQueryOptions(
  orderId: string,
  version: number,
): AppQueryOptions<SupervisionList, ReturnType<typeof dispatchKeys.supervisions>> {
  return queryOptions({
    queryKey: dispatchKeys.supervisions(orderId, version),
    queryFn: ({ signal }) =>
      apiGet(withQuery('/api/oversight/supervisions', { orderId }), supervisionList, signal),
  });
}

export function useOrderSupervisions(orderId: string, version: number): UseQueryResult<Supervision[]> {
  return useQuery({
    ...orderSupervisionsQueryOptions(orderId, version),
    select: (list) => sortSupervisions(list.items),
  });
}
