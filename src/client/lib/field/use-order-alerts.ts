import { useQueryClient } from '@tanstack/react-query';
import type { Query } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { User } from '../../../shared/schemas/user';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { workOrderKeys } from '../work-orders/keys';
import { beep, vibrate } from './alert-sound';
import { isAssignedToMe } from './my-orders';
import { detectAlerts } from './order-alerts';
import type { AlertMark, OrderAlert } from './order-alerts';
import { supervisionKeys } from './supervisions';

const MAX_SHOWN = 5;

function isOrder(value: unknown): value is WorkOrder {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.version === 'number' &&
    typeof v.urgeCount === 'number' &&
    typeof v.supervised === 'boolean'
  );
}

/** The orders a work-order query holds: a list's items or one detail. */
function ordersIn(query: Query): WorkOrder[] {
  const key = query.queryKey;
  if (key[0] !== workOrderKeys.all[0]) return [];
  const data: unknown = query.state.data;
  if (key[1] === 'detail') return isOrder(data) ? [data] : [];
  if (key[1] !== 'list' || typeof data !== 'object' || data === null || !('items' in data)) return [];
  return Array.isArray(data.items) ? data.items.filter(isOrder) : [];
}

export interface OrderAlerts {
  alerts: readonly OrderAlert[];
  dismiss: (id: string) => void;
}

/**
 * 催办 / 督办 of my orders as they happen: the realtime bridge patches the cache, and this watches the
 * cache (it never touches the socket). Each rise beeps (unless muted), vibrates and shows a banner.
 */
export function useOrderAlerts(user: User, muted: boolean): OrderAlerts {
  const queryClient = useQueryClient();
  const [alerts, setAlerts] = useState<OrderAlert[]>([]);
  const seen = useRef(new Map<string, AlertMark>());
  const mutedRef = useRef(muted);
  useEffect(function keepLatestMuted() {
    mutedRef.current = muted;
  });

  useEffect(
    function watchMyOrders() {
      const cache = queryClient.getQueryCache();
      const marks = seen.current;
      const mine = (order: WorkOrder): boolean => isAssignedToMe(order, user);
      // What is cached already is the starting point, not news.
      for (const query of cache.getAll()) detectAlerts(marks, ordersIn(query), mine);
      return cache.subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        const found = detectAlerts(marks, ordersIn(event.query), mine);
        if (found.length === 0) return;
        setAlerts((shown) => [...shown, ...found].slice(-MAX_SHOWN));
        if (!mutedRef.current) beep();
        vibrate();
        if (found.some((alert) => alert.kind === 'supervise'))
          void queryClient.invalidateQueries({ queryKey: supervisionKeys.all });
      });
    },
    [queryClient, user],
  );

  const dismiss = useCallback((id: string) => setAlerts((shown) => shown.filter((a) => a.id !== id)), []);
  return { alerts, dismiss };
}
