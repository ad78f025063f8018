import type { Translate } from '../../app/i18n/i18n';
import { elapsed } from '../../lib/triage/age';

/** "3 分钟前" — how long an order has waited. */
export function formatAge(t: Translate, since: string, now: number): string {
  const { unit, value } = elapsed(since, now);
  return unit === 'justNow' ? t('age.justNow') : t(`age.${unit}`, { n: value });
}
