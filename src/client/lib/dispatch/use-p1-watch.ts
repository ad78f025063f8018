import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { TRIAGE_QUEUE_FILTERS } from '../triage/queue';
import { workOrdersQueryOptions } from '../work-orders/get-work-orders';
import type { WorkOrderList } from '../work-orders/get-work-orders';
import { workOrderKeys } from '../work-orders/keys';
import { createP1Tracker } from './p1-tracker';

function startsWith(key: readonly unknown[], prefix: readonly unknown[]): boolean {
  return prefix.every((part, index) => key[index] === part);
}

function isList(data: unknown): data is Pick<WorkOrderList, 'items'> {
  return typeof data === 'object' && data !== null && 'items' in data && Array.isArray(data.items);
}

/**
 * Calls `onNewP1` with the orders that became P1, watching every work-order list in the cache: the
 * bridge patches them on each event and refetches them after a `work-order:created`. So that a new
 * order is seen whatever the tab shows, the queue of orders waiting (the triage query) is kept
 * loaded too, from the bridge's first refresh (its connect, or an event) on: before that no event
 * can have arrived that the lists on screen do not already show.
 */
export function useP1Watch(onNewP1: (orders: WorkOrder[]) => void): void {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  useQuery({ ...workOrdersQueryOptions(TRIAGE_QUEUE_FILTERS), enabled: live });
  const callback = useRef(onNewP1);
  useEffect(() => {
    callback.current = onNewP1;
  }, [onNewP1]);

  useEffect(
    function watchLists() {
      const tracker = createP1Tracker(Date.now());
      for (const [, list] of queryClient.getQueriesData<WorkOrderList>({ queryKey: workOrderKeys.lists() })) {
        if (list) tracker.observe(list.items);
      }
      return queryClient.getQueryCache().subscribe(function handleCacheEvent(event) {
        if (event.type !== 'updated') return;
        const key = event.query.queryKey;
        if (event.action.type === 'invalidate' && startsWith(key, workOrderKeys.all)) setLive(true);
        if (event.action.type !== 'success' || !startsWith(key, workOrderKeys.lists())) return;
        const data: unknown = event.query.state.data;
        if (!isList(data)) return;
        const fresh = tracker.observe(data.items);
        if (fresh.length > 0) callback.current(fresh);
      });
    },
    [queryClient],
  );
}
