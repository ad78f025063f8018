import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from '../lib/api-client';
import { authKeys } from '../lib/auth';

const MAX_RETRIES = 2;

/**
 * A new client per app (and per test). Server data stays fresh through the realtime bridge, which
 * patches and invalidates it, so queries never go stale on a timer (TkDodo: staleTime Infinity).
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A session that ended mid-use: re-ask who we are; the auth guard then sends us to /login.
        if (isApiError(error, 401) && query.queryKey[0] !== authKeys.me[0]) {
          void queryClient.invalidateQueries({ queryKey: authKeys.me });
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; network trouble and 5xx may.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < MAX_RETRIES,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
