import type { ReactElement, ReactNode } from 'react';
import type { User } from '../../../shared/schemas/user';
import { LoadError } from '../../components/query-state';
import { isApiError } from '../../lib/api-client';
import { useMe } from '../../lib/auth';
import { useT } from '../i18n/i18n';
import { Redirect, useLocation } from '../router/router';
import { KioskSignIn, kioskTokenIn } from './kiosk-sign-in';

/** `/login?next=<where we were>` so signing in returns to the same screen and filters. */
export function loginPathFor(pathname: string, search: string): string {
  const here = pathname + search;
  return here === '/' || here === '' ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}

/**
 * Renders its children only with a session; a 401 goes to the login page. A wall display opened at
 * `/wall?token=…` signs in with its token first, whoever was signed in before.
 */
export function AuthGuard({ children }: { children: (user: User) => ReactNode }): ReactElement {
  const t = useT();
  const { pathname, search } = useLocation();
  const kioskToken = kioskTokenIn(pathname, search);
  // Not asked while a token is exchanged: an answer for the previous user could land after it.
  const me = useMe({ enabled: kioskToken === null });

  if (kioskToken !== null) return <KioskSignIn token={kioskToken} />;
  if (me.isSuccess) return <>{children(me.data)}</>;
  if (me.isError) {
    if (isApiError(me.error, 401)) return <Redirect to={loginPathFor(pathname, search)} />;
    return (
      <main className="centered">
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  return (
    <main className="centered" role="status">
      {t('app.checkingSession')}
    </main>
  );
}
