import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { createRealtimeBridge } from './bridge';
import { useConnectionStore } from './connection-store';
import { openRealtime } from './socket';

/** How often staleness is re-judged; the banner's "since" time is to the second. */
const TICK_MS = 1000;

/** Mounted once inside the authenticated shell: one socket for the whole app, for the session's life. */
export function RealtimeBridge({ userId }: { userId: string }): null {
  const queryClient = useQueryClient();
  const store = useConnectionStore();

  useEffect(
    function connectRealtime() {
      const bridge = createRealtimeBridge(queryClient, store);
      const close = openRealtime(bridge);
      const ticker = setInterval(() => store.dispatch({ type: 'tick' }), TICK_MS);
      return function disconnectRealtime() {
        clearInterval(ticker);
        close();
        bridge.dispose();
        store.dispatch({ type: 'reset' });
      };
    },
    // A different user means a different session cookie: open a new socket for it.
    [queryClient, store, userId],
  );
  return null;
}
