import type { ReactElement, ReactNode } from 'react';
import type { User } from '../../shared/schemas/user';
import { ConnectionBanner } from '../components/connection-banner';
import { DataAge } from '../components/data-age';
import { screensForRole } from '../lib/roles';
import { useT } from './i18n/i18n';
import { Link, useLocation } from './router/router';
import { UserMenu } from './user-menu';

/** The standard frame: top bar (name, screens, data age, user menu), the connection banner, the page. */
export function AppShell({ user, children }: { user: User; children: ReactNode }): ReactElement {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="topbar__name">
          {t('app.name')}
        </Link>
        <nav className="topbar__nav" aria-label={t('nav.label')}>
          {screensForRole(user.role).map((screen) => (
            <Link
              key={screen}
              to={`/${screen}`}
              aria-current={pathname.startsWith(`/${screen}`) ? 'page' : undefined}
            >
              {t(`nav.${screen}`)}
            </Link>
          ))}
        </nav>
        <DataAge className="topbar__age" />
        <UserMenu user={user} />
      </header>
      <ConnectionBanner />
      <main className="shell__main">{children}</main>
    </div>
  );
}
