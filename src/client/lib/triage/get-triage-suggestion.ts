import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { priority } from '../../../shared/schemas/work-order';
import { apiRequest } from '../api-client';
import type { AppQueryOptions } from '../query-options';
import { triageKeys } from './keys';

/** POST /api/triage/suggest: category and priority guessed from the caller's words. */
export const triageSuggestion = z.object({
  category: z.string().nullable(),
  priority,
  /** 0..1 */
  confidence: z.number(),
  keywords: z.array(z.string()),
});
export type TriageSuggestion = z.infer<typeof triageSuggestion>;

export interface SuggestInput {
  description: string;
  title?: string;
}

/** Fewer characters than this say too little to classify; the server is not asked. */
export const MIN_SUGGEST_CHARS = 6;

export function canSuggest(input: SuggestInput): boolean {
  return input.description.trim().length >= MIN_SUGGEST_CHARS;
}

export function suggestTriage(input: SuggestInput, signal?: AbortSignal): Promise<TriageSuggestion> {
  const body: SuggestInput = { description: input.description.trim() };
  if (input.title?.trim()) body.title = input.title.trim();
  return apiRequest('/api/triage/suggest', triageSuggestion, { method: 'POST', body, signal });
}

export function triageSuggestionQueryOptions(
  input: SuggestInput,
): AppQueryOptions<TriageSuggestion, ReturnType<typeof triageKeys.suggest>> {
  return queryOptions({
    queryKey: triageKeys.suggest(input),
    queryFn: ({ signal }) => suggestTriage(input, signal),
    // Keep the last suggestion while the next one loads, so the card does not flicker as one types.
    placeholderData: keepPreviousData,
  });
}

/** A suggestion is a pure function of the text: it is read, never written, so it is a query, not a mutation. */
export function useTriageSuggestion(input: SuggestInput): UseQueryResult<TriageSuggestion> {
  return useQuery({ ...triageSuggestionQueryOptions(input), enabled: canSuggest(input) });
}

/** Confidence as a whole percentage, clamped to 0..100. */
export function confidencePercent(confidence: number): number {
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100);
}
