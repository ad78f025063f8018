import type { DomainEventType, EventPayload } from './schemas/event';

/** Bumped whenever the socket protocol changes shape. */
export const REALTIME_PROTOCOL_VERSION = 1;
export const HEARTBEAT_INTERVAL_MS = 5000;
/** A client with no heartbeat for this long marks its data stale (two missed heartbeats). */
export const STALE_AFTER_MS = 2 * HEARTBEAT_INTERVAL_MS + 1000;

export interface HandshakeAuth {
  lastSeq?: number;
}

export interface HeartbeatPayload {
  /** Everything up to here was sent to this socket or is not visible to its viewer. */
  seq: number;
  at: string;
  /** The seq of the last event actually sent to this socket: beyond the client's last applied = a loss. */
  deliveredSeq: number;
}

export interface ResyncPayload {
  latestSeq: number;
}

export type ServerToClientEvents = {
  [K in DomainEventType]: (payload: EventPayload<K>) => void;
} & {
  heartbeat: (payload: HeartbeatPayload) => void;
  'resync-required': (payload: ResyncPayload) => void;
  /** Sent once after a (re)connect's replay is complete. */
  'replay-complete': (payload: { fromSeq: number; toSeq: number; count: number }) => void;
};

export type ClientToServerEvents = Record<string, never>;
