import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { UnitKind } from '../../lib/evaluation/get-evaluation';
import { gridsQueryOptions, useDepartments } from '../../lib/reference';

const EMPTY: ReadonlyMap<string, string> = new Map();

/**
 * A ranked unit's name from the reference data: grids and villages (a grid carries its village's
 * name) from the grid list, departments and squads from the department list; the id until loaded.
 */
export function useUnitNames(kind: UnitKind): (id: string) => string {
  const grids = useQuery({
    ...gridsQueryOptions(),
    enabled: kind === 'grid' || kind === 'village',
    select: (list) => ({
      grid: new Map(list.items.map((g) => [g.grid_id, g.name])),
      village: new Map(
        list.items.flatMap((g) => (g.village_id && g.village ? [[g.village_id, g.village]] : [])),
      ),
    }),
  });
  const departments = useDepartments();
  const names = useMemo(
    () =>
      kind === 'grid'
        ? (grids.data?.grid ?? EMPTY)
        : kind === 'village'
          ? (grids.data?.village ?? EMPTY)
          : new Map((departments.data ?? []).map((d) => [d.id, d.name])),
    [kind, grids.data, departments.data],
  );
  return useCallback((id: string) => names.get(id) ?? id, [names]);
}
