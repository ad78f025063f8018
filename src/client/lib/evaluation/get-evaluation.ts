import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { evaluationResponse, unitScore } from '../../../shared/schemas/oversight';
import { apiGet, withQuery } from '../api-client';
import type { QueryParams } from '../api-client';
import type { AppQueryOptions } from '../query-options';

export const UNIT_KINDS = ['grid', 'village', 'department', 'squad'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const PERIOD_KINDS = ['day', 'week', 'month', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export { evaluationResponse, unitScore };
export type UnitScore = z.infer<typeof unitScore>;
export type Evaluation = z.infer<typeof evaluationResponse>;

/** What the ranking asks for: a named period around `anchor`, or a custom [from, to). */
export type EvaluationRequest =
  | { unitKind: UnitKind; period: Exclude<PeriodKind, 'custom'>; anchor: string }
  | { unitKind: UnitKind; period: 'custom'; from: string; to: string };

export function evaluationParams(request: EvaluationRequest): QueryParams {
  return request.period === 'custom'
    ? { unitKind: request.unitKind, period: 'custom', from: request.from, to: request.to }
    : { unitKind: request.unitKind, period: request.period, anchor: request.anchor };
}

/** The report of the same query as CSV, in the screen's language, for a plain download link. */
export function evaluationCsvHref(request: EvaluationRequest, lang: 'zh-CN' | 'en'): string {
  return withQuery('/api/evaluation.csv', { ...evaluationParams(request), lang });
}

export const evaluationKeys = {
  all: ['evaluation'] as const,
  report: (request: EvaluationRequest) => [...evaluationKeys.all, request] as const,
};

export function evaluationQueryOptions(
  request: EvaluationRequest,
): AppQueryOptions<Evaluation, ReturnType<typeof evaluationKeys.report>> {
  return queryOptions({
    queryKey: evaluationKeys.report(request),
    queryFn: ({ signal }) =>
      apiGet(withQuery('/api/evaluation', evaluationParams(request)), evaluationResponse, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEvaluation(request: EvaluationRequest | null): UseQueryResult<Evaluation> {
  return useQuery({
    ...evaluationQueryOptions(request ?? { unitKind: 'grid', period: 'day', anchor: '' }),
    enabled: request !== null,
  });
}
