import type { ReactElement } from 'react';
import type { User } from '../../shared/schemas/user';
import { useLogout } from '../lib/auth';
import { useI18n } from './i18n/i18n';
import { LocaleSelect } from './i18n/locale-select';
import { navigate } from './router/router';

/** Who is signed in, the language switch and logout: part of every screen's header. */
export function UserMenu({ user }: { user: User }): ReactElement {
  const { t } = useI18n();
  const logout = useLogout();

  async function handleLogout(): Promise<void> {
    await logout().catch(() => undefined); // the session may already be gone; leave anyway
    navigate('/login', { replace: true });
  }

  return (
    <div className="user-menu">
      <span className="user-menu__user">
        {t('topbar.user', { name: user.displayName, role: t(`role.${user.role}`) })}
      </span>
      <label className="user-menu__locale">
        <span className="visually-hidden">{t('topbar.language')}</span>
        <LocaleSelect />
      </label>
      <button type="button" onClick={() => void handleLogout()}>
        {t('topbar.logout')}
      </button>
    </div>
  );
}
