import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, withQuery } from '../api-client';
import type { AppQueryOptions } from '../query-options';
import { triageKeys } from './keys';

export const gazetteerKinds = ['village', 'grid', 'landmark'] as const;

/** One place the town knows by name: a village, a grid or a landmark, with a point to locate the order. */
export const gazetteerItem = z.object({
  kind: z.enum(gazetteerKinds),
  name: z.string(),
  label: z.string(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  gridId: z.string().nullish(),
  villageId: z.string().nullish(),
});
export type GazetteerItem = z.infer<typeof gazetteerItem>;

export const gazetteerResponse = z.object({ items: z.array(gazetteerItem) });
export type GazetteerResponse = z.infer<typeof gazetteerResponse>;

export const GAZETTEER_LIMIT = 8;

export function gazetteerQueryOptions(
  q: string,
  limit = GAZETTEER_LIMIT,
): AppQueryOptions<GazetteerResponse, ReturnType<typeof triageKeys.gazetteer>> {
  return queryOptions({
    queryKey: triageKeys.gazetteer(q, limit),
    queryFn: ({ signal }) => apiGet(withQuery('/api/gazetteer', { q, limit }), gazetteerResponse, signal),
    placeholderData: keepPreviousData,
  });
}

/** Place names matching what was typed; idle while the text is blank. */
export function useGazetteer(q: string): UseQueryResult<GazetteerResponse> {
  const text = q.trim();
  return useQuery({ ...gazetteerQueryOptions(text), enabled: text.length > 0 });
}
