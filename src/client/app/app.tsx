import type { ReactElement } from 'react';
import { RealtimeBridge } from '../realtime/realtime-bridge';
import { AppShell } from './app-shell';
import { AuthGuard } from './auth/auth-guard';
import { useT } from './i18n/i18n';
import { matchRoute } from './router/match';
import { Link, useLocation } from './router/router';
import { ROUTES } from './routes';

function NotFound(): ReactElement {
  const t = useT();
  return (
    <main className="centered">
      <h1>{t('app.notFound')}</h1>
      <Link to="/">{t('app.backHome')}</Link>
    </main>
  );
}

export function App(): ReactElement {
  const { pathname } = useLocation();
  const match = matchRoute(ROUTES, pathname);
  if (!match) return <NotFound />;
  const { route, params } = match;
  if (route.access === 'public') return <>{route.render(params)}</>;

  // The guard and the bridge keep their place in the tree across private routes, so moving between
  // screens keeps one socket and its lastSeq instead of reconnecting.
  return (
    <AuthGuard>
      {(user) => (
        <>
          <RealtimeBridge userId={user.id} />
          {route.layout === 'fullscreen' ? (
            route.render({ params, user })
          ) : (
            <AppShell user={user}>{route.render({ params, user })}</AppShell>
          )}
        </>
      )}
    </AuthGuard>
  );
}
