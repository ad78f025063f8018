import { STALE_AFTER_MS } from '../../shared/realtime';

export type LinkStatus = 'connecting' | 'connected' | 'reconnecting';

/**
 * What every screen shows about its live link. `freshAt` is the client's clock at the last sign
 * of life (event, heartbeat, finished replay) — staleness is judged on the local clock so a skewed
 * server clock cannot hide it; `dataAt` is the server's time of that event or heartbeat, shown as
 * the data age.
 */
export interface ConnectionSnapshot {
  status: LinkStatus;
  freshAt: number;
  dataAt: string | null;
  stale: boolean;
}

export type ConnectionAction =
  | { type: 'connecting' }
  | { type: 'connected' }
  | { type: 'disconnected' }
  | { type: 'fresh'; at?: string }
  | { type: 'tick' }
  /** The socket was closed on purpose (logout, unmount): the next session starts from scratch. */
  | { type: 'reset' };

export function initialConnection(now: number): ConnectionSnapshot {
  return { status: 'connecting', freshAt: now, dataAt: null, stale: false };
}

function isStale(freshAt: number, now: number): boolean {
  return now - freshAt > STALE_AFTER_MS;
}

/** Returns the same object when nothing visible changed, so subscribers do not re-render every tick. */
export function reduceConnection(
  state: ConnectionSnapshot,
  action: ConnectionAction,
  now: number,
): ConnectionSnapshot {
  let next: ConnectionSnapshot;
  switch (action.type) {
    case 'connecting':
      // A first attempt stays "connecting"; after a loss it is a reconnect.
      next = state.status === 'connected' ? { ...state, status: 'reconnecting' } : state;
      break;
    case 'connected':
      next = state.status === 'connected' ? state : { ...state, status: 'connected' };
      break;
    case 'disconnected':
      next = state.status === 'reconnecting' ? state : { ...state, status: 'reconnecting' };
      break;
    case 'fresh':
      next = { ...state, freshAt: now, dataAt: action.at ?? state.dataAt };
      break;
    case 'tick':
      next = state;
      break;
    case 'reset':
      return initialConnection(now);
  }
  const stale = isStale(next.freshAt, now);
  if (stale !== next.stale) next = { ...next, stale };
  return next;
}
