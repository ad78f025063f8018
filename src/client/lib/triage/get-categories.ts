import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { listOf } from '../../../shared/schemas/common';
import { category } from '../../../shared/schemas/town';
import { apiGet } from '../api-client';
import type { AppQueryOptions } from '../query-options';
import { referenceKeys } from '../reference';

const categoryList = listOf(category);
type CategoryList = z.infer<typeof categoryList>;

const categoriesKey = (): readonly ['reference', 'categories'] => [...referenceKeys.all, 'categories'];

export function categoriesQueryOptions(): AppQueryOptions<CategoryList, ReturnType<typeof categoriesKey>> {
  return queryOptions({
    queryKey: categoriesKey(),
    queryFn: ({ signal }) => apiGet('/api/categories?limit=1000', categoryList, signal),
  });
}

/** code → the town's own name of the category (an administrator may edit it); empty until loaded. */
export function useCategoryNames(): ReadonlyMap<string, string> {
  const { data } = useQuery({
    ...categoriesQueryOptions(),
    select: (list) => new Map(list.items.map((c) => [c.code, c.name])),
  });
  return data ?? EMPTY_NAMES;
}
const EMPTY_NAMES: ReadonlyMap<string, string> = new Map();
