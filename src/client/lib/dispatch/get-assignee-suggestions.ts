import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { assigneeSuggestions, type AssigneeSuggestions } from '../../../shared/schemas/oversight';
import type { Assignee } from '../../../shared/schemas/work-order';
import { apiGet } from '../api-client';
import type { AppQueryOptions } from '../query-options';
import { dispatchKeys } from './keys';

export { assigneeSuggestions };
export type { AssigneeSuggestions };
export type StaffSuggestion = AssigneeSuggestions['staff'][number];
export type UnitSuggestion = AssigneeSuggestions['units'][number];

/** Recommended first, then the lightest load; the server's order breaks the remaining ties. */
export function rankSuggestions(suggestions: AssigneeSuggestions): AssigneeSuggestions {
  const byAdvice = <T extends { recommended: boolean; openLoad: number }>(list: readonly T[]): T[] =>
    list
      .map((item, index) => ({ item, index }))
      .sort(
        (a, b) =>
          Number(b.item.recommended) - Number(a.item.recommended) ||
          a.item.openLoad - b.item.openLoad ||
          a.index - b.index,
      )
      .map(({ item }) => item);
  return { staff: byAdvice(suggestions.staff), units: byAdvice(suggestions.units) };
}

/**
 * The assignee to preselect. When the category's default unit is the grid team (`preferStaff`) the
 * recommended grid member wins, otherwise the recommended department or squad; then whichever is
 * recommended at all.
 */
export function pickRecommended(suggestions: AssigneeSuggestions, preferStaff: boolean): Assignee | null {
  const staff = suggestions.staff.find((s) => s.recommended);
  const unit = suggestions.units.find((u) => u.recommended);
  const staffPick: Assignee | null = staff ? { kind: 'staff', id: staff.id } : null;
  const unitPick: Assignee | null = unit ? { kind: unit.kind, id: unit.id } : null;
  return preferStaff ? (staffPick ?? unitPick) : (unitPick ?? staffPick);
}

export function assigneeSuggestionsQueryOptions(
  orderId: string,
  version: number,
): AppQueryOptions<AssigneeSuggestions, ReturnType<typeof dispatchKeys.suggestions>> {
  return queryOptions({
    queryKey: dispatchKeys.suggestions(orderId, version),
    queryFn: ({ signal }) =>
      apiGet(
        `/api/work-orders/${encodeURIComponent(orderId)}/assignee-suggestions`,
        assigneeSuggestions,
        signal,
      ),
  });
}

export function useAssigneeSuggestions(
  orderId: string,
  version: number,
  enabled = true,
): UseQueryResult<AssigneeSuggestions> {
  return useQuery({
    ...assigneeSuggestionsQueryOptions(orderId, version),
    select: rankSuggestions,
    enabled,
  });
}
