import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { z } from 'zod';
import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents } from '../../shared/realtime';
import { domainEvent } from '../../shared/schemas/event';
import type { DomainEventType } from '../../shared/schemas/event';
import type { RealtimeHandlers } from './bridge';

/**
 * THE socket of the client. Nothing else calls `io()` or `socket.on`: components read the cache
 * and the connection store, which the bridge keeps current from here.
 */
export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const heartbeat = z.object({
  seq: z.number().int().min(0),
  at: z.string(),
  deliveredSeq: z.number().int().min(0),
});
const resync = z.object({ latestSeq: z.number().int().min(0) });
const replayComplete = z.object({
  fromSeq: z.number().int(),
  toSeq: z.number().int(),
  count: z.number().int(),
});

/** When the server refused the handshake (no session, or it closed us), how long until we ask again. */
const RETRY_REFUSED_MS = 10_000;

function warnInvalid(name: string, error: z.ZodError): void {
  // A payload off the contract is a server bug; the heartbeat's gap check will refetch what it carried.
  console.warn(`realtime: dropped invalid ${name}`, error.issues);
}

export function openRealtime(handlers: RealtimeHandlers): () => void {
  const socket: RealtimeSocket = io({
    withCredentials: true,
    // A function, so every reconnect sends the lastSeq of that moment and the server replays the gap.
    auth: (send: (data: HandshakeAuth) => void) => {
      handlers.onConnecting();
      const lastSeq = handlers.getLastSeq();
      send(lastSeq === null ? {} : { lastSeq });
    },
  });
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  function retryLater(): void {
    if (retryTimer !== null) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      socket.connect();
    }, RETRY_REFUSED_MS);
  }

  socket.on('connect', () => handlers.onConnected());
  socket.on('disconnect', (reason) => {
    handlers.onDisconnected();
    // socket.io does not reconnect by itself after the server closed us; a kiosk must heal anyway.
    if (reason === 'io server disconnect') retryLater();
  });
  socket.on('connect_error', () => {
    if (socket.active) {
      handlers.onDisconnected(); // transport trouble: the manager keeps retrying with back-off
      return;
    }
    handlers.onRefused();
    retryLater();
  });

  function onDomainEvent(type: DomainEventType) {
    return (payload: unknown): void => {
      const parsed = domainEvent.safeParse({ ...(payload as object), type });
      if (!parsed.success) return warnInvalid(type, parsed.error);
      const event = parsed.data;
      if (event.type === 'work-order:created' || event.type === 'work-order:updated')
        handlers.onWorkOrder(event);
      else handlers.onOtherEvent(event);
    };
  }
  socket.on('work-order:created', onDomainEvent('work-order:created'));
  socket.on('work-order:updated', onDomainEvent('work-order:updated'));
  socket.on('camera:status-changed', onDomainEvent('camera:status-changed'));
  socket.on('camera:created', onDomainEvent('camera:created'));
  socket.on('camera:updated', onDomainEvent('camera:updated'));
  socket.on('camera:deleted', onDomainEvent('camera:deleted'));
  socket.on('staff:moved', onDomainEvent('staff:moved'));
  socket.on('camera-alert:created', onDomainEvent('camera-alert:created'));
  socket.on('camera-alert:updated', onDomainEvent('camera-alert:updated'));

  socket.on('heartbeat', (payload) => {
    const parsed = heartbeat.safeParse(payload);
    if (parsed.success) handlers.onHeartbeat(parsed.data);
    else warnInvalid('heartbeat', parsed.error);
  });
  socket.on('resync-required', (payload) => {
    const parsed = resync.safeParse(payload);
    if (parsed.success) handlers.onResync(parsed.data);
    else warnInvalid('resync-required', parsed.error);
  });
  socket.on('replay-complete', (payload) => {
    const parsed = replayComplete.safeParse(payload);
    if (parsed.success) handlers.onReplayComplete(parsed.data);
    else warnInvalid('replay-complete', parsed.error);
  });

  return function closeRealtime() {
    if (retryTimer !== null) clearTimeout(retryTimer);
    socket.removeAllListeners();
    socket.disconnect();
  };
}
