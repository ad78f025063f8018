import { useCallback, useMemo } from 'react';
import { useSearchParams } from '../../app/router/router';

export const CONSOLE_TABS = ['orders', 'intake', 'triage', 'approvals', 'ranking'] as const;
export type ConsoleTab = (typeof CONSOLE_TABS)[number];

function isConsoleTab(value: string | null): value is ConsoleTab {
  return CONSOLE_TABS.some((tab) => tab === value);
}

export interface ConsoleTabState {
  tab: ConsoleTab;
  setTab: (tab: ConsoleTab) => void;
  /** The order selected in the triage queue (its own URL parameter, apart from the order list's). */
  triageId: string | null;
  selectTriage: (id: string | null) => void;
  /** Straight from intake to triage with the new order selected. */
  openInTriage: (id: string) => void;
}

/** The console's mode and the queue's selection live in the URL, like its filters. */
export function useConsoleTab(): ConsoleTabState {
  const [params, setParams] = useSearchParams();
  const { raw, triageId } = useMemo(
    () => ({ raw: params.get('tab'), triageId: params.get('triage') }),
    [params],
  );

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
    tab: isConsoleTab(raw) ? raw : 'orders',
    // The order list is the default mode, so it needs no parameter (its links stay as they were).
    setTab: useCallback((tab) => update('tab', tab === 'orders' ? null : tab, false), [update]),
    triageId,
    // Arrow keys move the selection: replace, or the history fills with one entry per key press.
    selectTriage: useCallback((id) => update('triage', id, true), [update]),
    openInTriage: useCallback(
      (id) => {
        const next = new URLSearchParams(params);
        next.set('tab', 'triage');
        next.set('triage', id);
        setParams(next);
      },
      [params, setParams],
    ),
  };
}
