import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiGet } from '../../lib/api-client';
import { workOrderListResponse } from '../../lib/work-orders/get-work-orders';
import { wallKeys } from '../../lib/wall/keys';
import { appTicker, type TickerEntry, type TickerStore } from '../../realtime/ticker-store';

const BACKFILL = 14;

/**
 * A wall that (re)opens shows the newest orders on its ticker at once instead of an empty strip.
 * Read once (not a live list: the socket brings everything after it); backfilled entries get
 * negative seqs so every live event sorts before them.
 */
export function useTickerBackfill(store: TickerStore = appTicker): void {
  const latest = useQuery({
    queryKey: [...wallKeys.all, 'ticker-backfill'],
    queryFn: ({ signal }) => apiGet(`/api/work-orders?limit=${BACKFILL}`, workOrderListResponse, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  useEffect(
    function fillTicker() {
      if (!latest.data) return;
      const entries: TickerEntry[] = latest.data.items.map((o, i) => ({
        seq: -1 - i,
        at: o.createdAt,
        kind: 'created',
        entityId: o.id,
        title: o.title,
        detail: o.number,
        priority: o.priority,
        level: o.escalationLevel,
      }));
      store.backfill(entries);
    },
    [latest.data, store],
  );
}
