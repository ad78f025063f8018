import type { QueryClient } from '@tanstack/react-query';
import type { EventPayload } from '../../shared/schemas/event';
import type { HeartbeatPayload, ResyncPayload } from '../../shared/realtime';
import { authKeys } from '../lib/auth';
import { applyToDetail, applyToList } from '../lib/work-orders/apply-work-order';
import type { WorkOrderDetail } from '../lib/work-orders/get-work-order';
import type { WorkOrderList } from '../lib/work-orders/get-work-orders';
import { workOrderKeys } from '../lib/work-orders/keys';
import type { ConnectionStore } from './connection-store';
import { initialSeqState, stepSeq } from './seq-tracker';
import type { SeqDecision, SeqInput } from './seq-tracker';
import { createThrottle } from './throttle';

export type WorkOrderEventType = 'work-order:created' | 'work-order:updated';
export type WorkOrderEvent = EventPayload<WorkOrderEventType> & { type: WorkOrderEventType };

/** What the socket module calls; it knows nothing of the cache, the bridge nothing of the socket. */
export interface RealtimeHandlers {
  getLastSeq: () => number | null;
  onConnecting: () => void;
  onConnected: () => void;
  onDisconnected: () => void;
  onRefused: () => void;
  onWorkOrder: (event: WorkOrderEvent) => void;
  /** Camera and staff events: no cache holds them yet, but their seq counts. */
  onOtherEvent: (seq: number, at: string) => void;
  onHeartbeat: (payload: HeartbeatPayload) => void;
  onResync: (payload: ResyncPayload) => void;
  onReplayComplete: (payload: { toSeq: number }) => void;
}

export interface RealtimeBridge extends RealtimeHandlers {
  dispose: () => void;
}

/** At most one list/stats refetch per window, however many events arrive. */
export const INVALIDATE_THROTTLE_MS = 500;

export function createRealtimeBridge(queryClient: QueryClient, store: ConnectionStore): RealtimeBridge {
  let seq = initialSeqState;
  let freshConnect = false;
  const staleDetails = new Set<string>();

  function step(input: SeqInput): SeqDecision {
    const result = stepSeq(seq, input);
    seq = result.state;
    return result.decision;
  }

  // Lists and counts are refetched rather than patched for membership: only the server knows which
  // filter an order now falls into and what the totals are.
  const invalidation = createThrottle(() => {
    void queryClient.invalidateQueries({ queryKey: workOrderKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: workOrderKeys.stats() });
    for (const id of staleDetails) void queryClient.invalidateQueries({ queryKey: workOrderKeys.detail(id) });
    staleDetails.clear();
  }, INVALIDATE_THROTTLE_MS);

  function refetchAllWorkOrders(): void {
    void queryClient.invalidateQueries({ queryKey: workOrderKeys.all });
  }

  function patchCache(event: WorkOrderEvent): void {
    const { entity } = event;
    const detailKey = workOrderKeys.detail(entity.id);
    const detail = queryClient.getQueryData<WorkOrderDetail>(detailKey);
    const { seq: eventSeq, at, type, action, actor, reason } = event;
    const patched = applyToDetail(detail, entity, { seq: eventSeq, at, type, action, actor, reason });
    if (patched !== detail) {
      queryClient.setQueryData(detailKey, patched);
      // allowedCommands depend on the new status and on the viewer: ask the server.
      staleDetails.add(entity.id);
    }
    for (const [key, list] of queryClient.getQueriesData<WorkOrderList>({
      queryKey: workOrderKeys.lists(),
    })) {
      const next = applyToList(list, entity);
      if (next !== list) queryClient.setQueryData(key, next);
    }
    invalidation.request();
  }

  return {
    getLastSeq: () => seq.lastSeq,
    onConnecting() {
      step({ kind: 'connecting' });
      freshConnect = seq.lastSeq === null;
      store.dispatch({ type: 'connecting' });
    },
    onConnected() {
      store.dispatch({ type: 'connected' });
      // Without a lastSeq there is no replay: snapshots loaded before the subscription may miss
      // events, so load them again now that nothing can slip between them and the socket.
      if (freshConnect) refetchAllWorkOrders();
    },
    onDisconnected() {
      step({ kind: 'disconnected' });
      store.dispatch({ type: 'disconnected' });
    },
    onRefused() {
      store.dispatch({ type: 'disconnected' });
      // The server refuses sockets without a session: re-check it, and the auth guard sends us to /login.
      void queryClient.invalidateQueries({ queryKey: authKeys.me });
    },
    onWorkOrder(event) {
      if (step({ kind: 'event', seq: event.seq }) !== 'apply') return;
      store.dispatch({ type: 'fresh', at: event.at });
      patchCache(event);
    },
    onOtherEvent(eventSeq, at) {
      if (step({ kind: 'event', seq: eventSeq }) !== 'apply') return;
      store.dispatch({ type: 'fresh', at });
    },
    onHeartbeat(payload) {
      const decision = step({ kind: 'heartbeat', seq: payload.seq, deliveredSeq: payload.deliveredSeq });
      store.dispatch({ type: 'fresh', at: payload.at });
      if (decision !== 'gap') return;
      // An event reached this socket but was never applied (dropped as invalid): refetch.
      refetchAllWorkOrders();
    },
    onResync(payload) {
      step({ kind: 'resync', latestSeq: payload.latestSeq });
      void queryClient.invalidateQueries();
    },
    onReplayComplete(payload) {
      step({ kind: 'replay-complete', toSeq: payload.toSeq });
      store.dispatch({ type: 'fresh' });
    },
    dispose() {
      invalidation.cancel();
    },
  };
}
