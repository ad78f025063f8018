import { useCallback, useMemo } from 'react';
import { useSearchParams } from '../../app/router/router';

export const FIELD_TABS = ['mine', 'grid', 'report', 'supervise'] as const;
export type FieldTab = (typeof FIELD_TABS)[number];

function isFieldTab(value: string | null): value is FieldTab {
  return FIELD_TABS.some((tab) => tab === value);
}

export interface FieldRoute {
  tab: FieldTab;
  orderId: string | null;
  setTab: (tab: FieldTab) => void;
  openOrder: (id: string) => void;
  closeOrder: () => void;
}

/** The tab and the open order live in the URL: the phone's back button closes an order. */
export function useFieldRoute(): FieldRoute {
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const orderId = params.get('order');

  const update = useCallback(
    (change: (next: URLSearchParams) => void, replace = false) => {
      const next = new URLSearchParams(params);
      change(next);
      setParams(next, replace);
    },
    [params, setParams],
  );

  return useMemo(
    () => ({
      tab: isFieldTab(raw) ? raw : 'mine',
      orderId,
      setTab: (tab: FieldTab) =>
        update((next) => {
          if (tab === 'mine') next.delete('tab');
          else next.set('tab', tab);
          next.delete('order');
        }),
      openOrder: (id: string) => update((next) => next.set('order', id)),
      closeOrder: () => update((next) => next.delete('order')),
    }),
    [raw, orderId, update],
  );
}
