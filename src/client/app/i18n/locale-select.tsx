import type { ReactElement } from 'react';
import { isLocale, LOCALES, useI18n } from './i18n';

/** The language switch, shown in every header and on the login page. */
export function LocaleSelect({ className }: { className?: string }): ReactElement {
  const { t, locale, setLocale } = useI18n();
  return (
    <select
      className={className}
      value={locale}
      aria-label={t('topbar.language')}
      onChange={(e) => {
        if (isLocale(e.target.value)) setLocale(e.target.value);
      }}
    >
      {LOCALES.map((option) => (
        <option key={option} value={option}>
          {t(`locale.${option}`)}
        </option>
      ))}
    </select>
  );
}
