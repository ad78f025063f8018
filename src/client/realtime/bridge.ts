import type { QueryClient } from '@tanstack/react-query';
import type { DomainEvent, EventPayload } from '../../shared/schemas/event';
import type { WorkOrder } from '../../shared/schemas/work-order';
import type { HeartbeatPayload, ResyncPayload } from '../../shared/realtime';
import { authKeys } from '../lib/auth';
import { applyToDetail, applyToList } from '../lib/work-orders/apply-work-order';
import type { WorkOrderDetail } from '../lib/work-orders/get-work-order';
import type { WorkOrderList } from '../lib/work-orders/get-work-orders';
import { workOrderKeys } from '../lib/work-orders/keys';
import { applyListEntity, applyMarkers } from '../lib/wall/apply-wall';
import { applyCameraChange, type CameraChange } from '../lib/cameras/apply-camera';
import type { CameraPage } from '../lib/cameras/get-cameras';
import { cameraKeys } from '../lib/cameras/keys';
import type { CameraList, StaffList } from '../lib/wall/get-wall-entities';
import type { WallMarkers } from '../../shared/schemas/wall';
import { wallKeys } from '../lib/wall/keys';
import { applyAlert } from '../lib/camera-alerts/apply-alert';
import type { AlertList } from '../lib/camera-alerts/get-open-alerts';
import { cameraAlertKeys } from '../lib/camera-alerts/keys';
import { appTicker, tickerEntryOf, type TickerStore } from './ticker-store';
import type { ConnectionStore } from './connection-store';
import { initialSeqState, stepSeq } from './seq-tracker';
import type { SeqDecision, SeqInput } from './seq-tracker';
import { createThrottle } from './throttle';

export type WorkOrderEventType = 'work-order:created' | 'work-order:updated';
export type WorkOrderEvent = EventPayload<WorkOrderEventType> & { type: WorkOrderEventType };
export type OtherEvent = Exclude<DomainEvent, { type: WorkOrderEventType }>;
type CameraEvent = Extract<DomainEvent, { type: `camera:${string}` }>;
const isCameraEvent = (event: DomainEvent): event is CameraEvent => event.type.startsWith('camera:');

/** What the socket module calls; it knows nothing of the cache, the bridge nothing of the socket. */
export interface RealtimeHandlers {
  getLastSeq: () => number | null;
  onConnecting: () => void;
  onConnected: () => void;
  onDisconnected: () => void;
  onRefused: () => void;
  onWorkOrder: (event: WorkOrderEvent) => void;
  /** Camera and staff events: they patch the wall's lists, and their seq counts. */
  onOtherEvent: (event: OtherEvent) => void;
  onHeartbeat: (payload: HeartbeatPayload) => void;
  onResync: (payload: ResyncPayload) => void;
  onReplayComplete: (payload: { toSeq: number }) => void;
}

export interface RealtimeBridge extends RealtimeHandlers {
  dispose: () => void;
}

/** At most one list/stats refetch per window, however many events arrive. */
export const INVALIDATE_THROTTLE_MS = 500;
/** The wall's figures are recomputed by the server; a wall needs them every few seconds, not per event. */
export const SUMMARY_THROTTLE_MS = 3000;
/** Map markers are patched in batches so 100 events/s cost a few map redraws, not 100. */
export const MARKER_BATCH_MS = 250;

export function createRealtimeBridge(
  queryClient: QueryClient,
  store: ConnectionStore,
  ticker: TickerStore = appTicker,
): RealtimeBridge {
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

  const summaryRefresh = createThrottle(() => {
    void queryClient.invalidateQueries({ queryKey: wallKeys.summary() });
  }, SUMMARY_THROTTLE_MS);
  const pendingMarkers = new Map<string, WorkOrder>();
  const markerFlush = createThrottle(() => {
    const orders = [...pendingMarkers.values()];
    pendingMarkers.clear();
    const cached = queryClient.getQueryData<WallMarkers>(wallKeys.markers());
    const next = applyMarkers(cached, orders);
    if (next !== cached) queryClient.setQueryData(wallKeys.markers(), next);
  }, MARKER_BATCH_MS);

  function refetchAllWorkOrders(): void {
    void queryClient.invalidateQueries({ queryKey: workOrderKeys.all });
    void queryClient.invalidateQueries({ queryKey: wallKeys.all });
  }

  function patchWall(event: DomainEvent): void {
    const entry = tickerEntryOf(event);
    if (entry !== null) ticker.push(entry);
    if (isCameraEvent(event)) {
      patchCameras(event);
    } else if (event.type === 'camera-alert:created' || event.type === 'camera-alert:updated') {
      const open = queryClient.getQueryData<AlertList>(cameraAlertKeys.open());
      const next = applyAlert(open, event.entity);
      if (next !== open) queryClient.setQueryData(cameraAlertKeys.open(), next);
      return;
    } else if (event.type === 'staff:moved') {
      const staff = queryClient.getQueryData<StaffList>(wallKeys.staff());
      const next = applyListEntity(staff, event.entity);
      if (next !== staff) queryClient.setQueryData(wallKeys.staff(), next);
    } else {
      const current = pendingMarkers.get(event.entity.id);
      if (!current || current.version < event.entity.version)
        pendingMarkers.set(event.entity.id, event.entity);
      markerFlush.request();
    }
    summaryRefresh.request();
  }

  // The registry's filtered lists: only the server knows whether an edited camera still matches.
  const cameraListRefresh = createThrottle(() => {
    void queryClient.invalidateQueries({ queryKey: cameraKeys.lists() });
  }, INVALIDATE_THROTTLE_MS);

  function patchCameras(event: CameraEvent): void {
    const change = event.type.slice('camera:'.length) as CameraChange;
    const cameras = queryClient.getQueryData<CameraList>(wallKeys.cameras());
    const next = applyCameraChange(cameras, change, event.entity, true);
    if (next !== cameras) queryClient.setQueryData(wallKeys.cameras(), next);
    for (const [key, list] of queryClient.getQueriesData<CameraPage>({ queryKey: cameraKeys.lists() })) {
      const patched = applyCameraChange(list, change, event.entity, false);
      if (patched !== list) queryClient.setQueryData(key, patched);
    }
    if (change !== 'status-changed') cameraListRefresh.request();
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
      patchWall(event);
    },
    onOtherEvent(event) {
      if (step({ kind: 'event', seq: event.seq }) !== 'apply') return;
      store.dispatch({ type: 'fresh', at: event.at });
      patchWall(event);
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
      summaryRefresh.cancel();
      markerFlush.cancel();
      cameraListRefresh.cancel();
    },
  };
}
