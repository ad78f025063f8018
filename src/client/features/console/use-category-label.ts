import { useCallback } from 'react';
import { isMessageKey, useI18n } from '../../app/i18n/i18n';
import { useCategoryNames } from '../../lib/triage/get-categories';

/**
 * A category's name: in Chinese the town's own (reference data, which an administrator may rename),
 * in other locales the translation; a code the client does not know shows its reference name or itself.
 */
export function useCategoryLabel(): (code: string) => string {
  const { locale, t } = useI18n();
  const names = useCategoryNames();
  return useCallback(
    (code: string) => {
      const townName = names.get(code);
      if (locale === 'zh-CN' && townName) return townName;
      const key = `category.${code}`;
      if (isMessageKey(key)) return t(key);
      return townName ?? code;
    },
    [locale, names, t],
  );
}
