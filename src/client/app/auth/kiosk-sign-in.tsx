import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ReactElement } from 'react';
import type { User } from '../../../shared/schemas/user';
import { ApiError, NetworkError } from '../../lib/api-client';
import { authKeys, exchangeKioskToken } from '../../lib/auth';
import { useT } from '../i18n/i18n';
import { navigate } from '../router/router';

/** The kiosk token of a `/wall?token=…` address, or null anywhere else. */
export function kioskTokenIn(pathname: string, search: string): string | null {
  if (pathname.replace(/\/+$/, '') !== '/wall') return null;
  const token = new URLSearchParams(search).get('token');
  return token ? token : null;
}

/** The same address without its token, the wall's other parameters kept. */
export function withoutToken(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('token');
  const rest = params.toString();
  return rest ? `${pathname}?${rest}` : pathname;
}

/**
 * A display may boot before the server or the network: those failures (and 429, 5xx) are retried
 * for as long as it takes. A token the server refuses (401) or cannot be sent (malformed) is final.
 */
function worthRetrying(error: Error): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && (error.status === 429 || error.status >= 500);
}
/** 1 s, 2 s, 4 s … at most 30 s between attempts. */
const retryDelay = (failures: number): number => Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));

/**
 * Signs an unattended wall display in with the token of its URL, then shows the wall: the token is
 * exchanged once for a session cookie, every cached answer of a previous user is dropped, and the
 * token leaves the visible address (history.replaceState) so it does not linger on the screen.
 */
export function KioskSignIn({ token }: { token: string }): ReactElement {
  const t = useT();
  const queryClient = useQueryClient();
  const exchange = useMutation<User, Error, string>({
    mutationFn: exchangeKioskToken,
    retry: (_failures, error) => worthRetrying(error),
    retryDelay,
    onSuccess: (user) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, user);
      navigate(withoutToken(window.location.pathname, window.location.search), { replace: true });
    },
  });
  const { mutate } = exchange;
  const started = useRef<string | null>(null);

  useEffect(
    function exchangeOnce() {
      // Once per token, also under StrictMode's second effect run.
      if (started.current === token) return;
      started.current = token;
      mutate(token);
    },
    [token, mutate],
  );

  if (exchange.isError) {
    return (
      <main className="centered" role="alert">
        <div>
          <h1>{t('kiosk.invalidTitle')}</h1>
          <p>{t('kiosk.invalidBody')}</p>
        </div>
      </main>
    );
  }
  return (
    <main className="centered" role="status">
      {exchange.failureCount > 0
        ? t('kiosk.retrying', { count: exchange.failureCount })
        : t('kiosk.signingIn')}
    </main>
  );
}
