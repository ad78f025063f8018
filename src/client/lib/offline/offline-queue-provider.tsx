import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { newIdempotencyKey } from '../idempotency-key';
import { createOfflineQueue } from './offline-queue';
import type { OfflineQueue, QueuedItem, QueueSnapshot } from './offline-queue';
import { sendQueued } from './send-queued';

const OfflineQueueContext = createContext<OfflineQueue | null>(null);

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

interface OfflineQueueProviderProps {
  /** Each user has their own queue: another user's writes must never go out under this session. */
  userId: string;
  onSent?: (item: QueuedItem, body: unknown) => void;
  children: ReactNode;
}

export function OfflineQueueProvider({ userId, onSent, children }: OfflineQueueProviderProps): ReactElement {
  const queue = useMemo(
    () =>
      createOfflineQueue({
        storage: browserStorage(),
        storageKey: `gridcommand.offline.${userId}`,
        send: sendQueued,
        isOnline: () => navigator.onLine !== false,
        newId: newIdempotencyKey,
      }),
    [userId],
  );

  useEffect(
    function updateCacheOnSent() {
      return onSent ? queue.onSent(onSent) : undefined;
    },
    [queue, onSent],
  );
  useEffect(
    function sendWhenOnline() {
      return queue.start(window);
    },
    [queue],
  );
  return <OfflineQueueContext.Provider value={queue}>{children}</OfflineQueueContext.Provider>;
}

export function useOfflineQueue(): OfflineQueue {
  const queue = useContext(OfflineQueueContext);
  if (!queue) throw new Error('useOfflineQueue outside OfflineQueueProvider');
  return queue;
}

export function useOfflineSnapshot(): QueueSnapshot {
  const queue = useOfflineQueue();
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
}
