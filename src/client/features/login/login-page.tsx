import { useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import type { Translate } from '../../app/i18n/i18n';
import { LocaleSelect } from '../../app/i18n/locale-select';
import { navigate, useSearchParams } from '../../app/router/router';
import { describeError } from '../../components/query-state';
import { isApiError } from '../../lib/api-client';
import { homePathForRole } from '../../lib/roles';
import { safeNextPath, useLogin } from './login';

function loginError(error: Error, t: Translate): string {
  if (isApiError(error, 401)) return t('login.invalid');
  if (isApiError(error, 429)) return t('login.tooMany');
  if (isApiError(error, 400)) return t('login.invalid');
  return t('login.failed', { message: describeError(error, t) });
}

export function LoginPage(): ReactElement {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const loginMutation = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    loginMutation.mutate(
      { username: username.trim(), password },
      {
        onSuccess: (user) =>
          navigate(safeNextPath(params.get('next'), homePathForRole(user.role)), { replace: true }),
      },
    );
  }

  return (
    <main className="login">
      <form className="login__card" onSubmit={handleSubmit} aria-labelledby="login-title">
        <p className="login__brand">{t('app.name')}</p>
        <h1 id="login-title">{t('app.townCentre')}</h1>
        <label className="field">
          <span>{t('login.username')}</span>
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {loginMutation.error && (
          <p className="form-error" role="alert">
            {loginError(loginMutation.error, t)}
          </p>
        )}
        <button type="submit" className="primary" disabled={loginMutation.isPending}>
          {loginMutation.isPending ? t('login.submitting') : t('login.submit')}
        </button>
        <LocaleSelect className="login__locale" />
      </form>
    </main>
  );
}
