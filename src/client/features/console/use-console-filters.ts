import { useCallback, useMemo } from 'react';
import { useSearchParams } from '../../app/router/router';
import type { WorkOrderFilters } from '../../lib/work-orders/filters';

export const FILTER_NAMES = ['q', 'status', 'category', 'source', 'priority'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** The console shows at most this many orders per query; the count says how many matched. */
export const CONSOLE_PAGE_SIZE = 100;

export interface ConsoleFilters {
  filters: WorkOrderFilters;
  values: Record<FilterName, string>;
  selectedId: string | null;
  setFilter: (name: FilterName, value: string) => void;
  select: (id: string | null) => void;
  clear: () => void;
  /** Sets every filter at once (a saved filter recalled); the selected order stays. */
  apply: (values: Partial<Record<FilterName, string>>) => void;
}

/** Filters and the selected order live in the URL: bookmarkable, shareable, and back-button friendly. */
export function useConsoleFilters(): ConsoleFilters {
  const [params, setParams] = useSearchParams();

  const values = useMemo<Record<FilterName, string>>(
    () => ({
      q: params.get('q') ?? '',
      status: params.get('status') ?? '',
      category: params.get('category') ?? '',
      source: params.get('source') ?? '',
      priority: params.get('priority') ?? '',
    }),
    [params],
  );
  const filters = useMemo<WorkOrderFilters>(() => {
    const chosen: WorkOrderFilters = { limit: CONSOLE_PAGE_SIZE };
    for (const name of FILTER_NAMES) if (values[name]) chosen[name] = values[name];
    return chosen;
  }, [values]);

  const update = useCallback(
    (name: string, value: string | null, replace: boolean) => {
      const next = new URLSearchParams(params);
      if (value) next.set(name, value);
      else next.delete(name);
      setParams(next, replace);
    },
    [params, setParams],
  );

  return {
    filters,
    values,
    selectedId: params.get('order'),
    // Typing in the search box should not fill the history with one entry per keystroke.
    setFilter: useCallback((name, value) => update(name, value, name === 'q'), [update]),
    select: useCallback((id) => update('order', id, false), [update]),
    clear: useCallback(() => {
      const next = new URLSearchParams();
      const order = params.get('order');
      if (order) next.set('order', order);
      setParams(next);
    }, [params, setParams]),
    apply: useCallback(
      (chosen) => {
        const next = new URLSearchParams(params);
        for (const name of FILTER_NAMES) {
          const value = chosen[name];
          if (value) next.set(name, value);
          else next.delete(name);
        }
        setParams(next);
      },
      [params, setParams],
    ),
  };
}
