import { createContext, useContext, useSyncExternalStore } from 'react';
import { initialConnection, reduceConnection } from './connection-state';
import type { ConnectionAction, ConnectionSnapshot } from './connection-state';

/** UI state of the live link: deliberately not in TanStack Query, which holds only server data. */
export interface ConnectionStore {
  getSnapshot: () => ConnectionSnapshot;
  subscribe: (listener: () => void) => () => void;
  dispatch: (action: ConnectionAction) => void;
}

export function createConnectionStore(now: () => number = Date.now): ConnectionStore {
  let snapshot = initialConnection(now());
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch: (action) => {
      const next = reduceConnection(snapshot, action, now());
      if (next === snapshot) return;
      snapshot = next;
      for (const listener of listeners) listener();
    },
  };
}

export const ConnectionStoreContext = createContext<ConnectionStore | null>(null);

export function useConnectionStore(): ConnectionStore {
  const store = useContext(ConnectionStoreContext);
  if (!store) throw new Error('useConnectionStore outside ConnectionStoreContext');
  return store;
}

export function useConnection(): ConnectionSnapshot {
  const store = useConnectionStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
