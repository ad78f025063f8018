/**
 * Query keys of the triage aids. They stay outside `workOrderKeys` on purpose: the realtime bridge
 * patches everything under `work-orders/list` as a WorkOrderList, and these answers have other shapes.
 */
export const triageKeys = {
  all: ['triage'] as const,
  suggestions: () => [...triageKeys.all, 'suggest'] as const,
  suggest: (input: { description: string; title?: string }) =>
    [...triageKeys.suggestions(), input.description, input.title ?? ''] as const,
  gazetteer: (q: string, limit: number) => [...triageKeys.all, 'gazetteer', q, limit] as const,
  /** `asOfSeq` of the live queue: a new seq means orders changed, so candidates are asked for again. */
  duplicates: (id: string, asOfSeq: number | null) =>
    [...triageKeys.all, 'duplicates', id, asOfSeq ?? 0] as const,
};
