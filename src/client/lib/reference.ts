import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { listOf } from '../../shared/schemas/common';
import { department, grid, staff } from '../../shared/schemas/town';
import type { Department, Staff } from '../../shared/schemas/town';
import { apiGet } from './api-client';
import type { AppQueryOptions } from './query-options';

/** Reference data changes rarely (an administrator edits it), so it is fetched once per session. */
export const referenceKeys = {
  all: ['reference'] as const,
  grids: () => [...referenceKeys.all, 'grids'] as const,
  departments: () => [...referenceKeys.all, 'departments'] as const,
  staff: (gridId: string | null) => [...referenceKeys.all, 'staff', gridId ?? 'all'] as const,
};

const gridList = listOf(grid);
type GridList = z.infer<typeof gridList>;
const departmentList = listOf(department);
const staffList = listOf(staff);

export function gridsQueryOptions(): AppQueryOptions<GridList, ReturnType<typeof referenceKeys.grids>> {
  return queryOptions({
    queryKey: referenceKeys.grids(),
    queryFn: ({ signal }) => apiGet('/api/grids?limit=1000', gridList, signal),
  });
}

/** grid_id → name, for lists that only carry the id; empty until the grids arrive. */
export function useGridNames(): ReadonlyMap<string, string> {
  const { data } = useQuery({
    ...gridsQueryOptions(),
    select: (list) => new Map(list.items.map((g) => [g.grid_id, g.name])),
  });
  return data ?? EMPTY_NAMES;
}
const EMPTY_NAMES: ReadonlyMap<string, string> = new Map();

export function useDepartments(): UseQueryResult<Department[]> {
  return useQuery({
    queryKey: referenceKeys.departments(),
    queryFn: ({ signal }) => apiGet('/api/departments?limit=1000', departmentList, signal),
    select: (list) => list.items,
  });
}

/** Staff of one grid (or all of them) for the dispatch picker. */
export function useStaff(gridId: string | null, enabled = true): UseQueryResult<Staff[]> {
  return useQuery({
    queryKey: referenceKeys.staff(gridId),
    queryFn: ({ signal }) =>
      apiGet(
        `/api/staff?limit=1000${gridId ? `&grid=${encodeURIComponent(gridId)}` : ''}`,
        staffList,
        signal,
      ),
    select: (list) => (gridId ? list.items.filter((s) => s.gridIds.includes(gridId)) : list.items),
    enabled,
  });
}
