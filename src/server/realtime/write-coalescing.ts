import type { Socket } from 'socket.io';

interface CorkableLike {
  cork(): void;
  uncork(): void;
}

/** The parts of engine.io's connection this module uses; none is in engine.io's public types. */
interface EngineConnLike {
  flush?: () => void;
  transport?: {
    name?: string;
    writable?: boolean;
    socket?: { _socket?: Partial<CorkableLike> };
  };
}

function corkable(value: Partial<CorkableLike> | undefined): CorkableLike | null {
  return value && typeof value.cork === 'function' && typeof value.uncork === 'function'
    ? (value as CorkableLike)
    : null;
}

/**
 * Holds back the websocket writes of many sockets while a batch of events is emitted, then lets
 * each socket write its share in one system call: engine.io queues packets while its transport is
 * not writable and sends them together on flush; corking the TCP socket around that flush turns
 * the frames into one writev. The bytes on the wire are exactly those of separate emits.
 *
 * Only a websocket transport that is writable right now is held (one that is not is already
 * queueing, and engine.io flushes it on drain); anything that does not look like engine.io 6
 * is left alone, which costs only the saving. Returns the release function.
 */
export function holdWrites<S>(states: Iterable<S>, socketOf: (state: S) => Socket): () => void {
  const held: EngineConnLike[] = [];
  for (const state of states) {
    const conn = socketOf(state).conn as unknown as EngineConnLike;
    const transport = conn.transport;
    if (transport?.name !== 'websocket' || transport.writable !== true || typeof conn.flush !== 'function')
      continue;
    transport.writable = false;
    held.push(conn);
  }
  return () => {
    for (const conn of held) {
      const transport = conn.transport;
      if (!transport) continue;
      const raw = corkable(transport.socket?._socket);
      raw?.cork();
      transport.writable = true;
      try {
        // engine.io's flush checks its own state (closed, writable, anything queued).
        conn.flush?.();
      } finally {
        raw?.uncork();
      }
    }
  };
}
