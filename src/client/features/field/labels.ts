import { isMessageKey } from '../../app/i18n/i18n';
import type { Translate } from '../../app/i18n/i18n';

/** A queued write's action: a command type, or `report` for a grid report. */
export function actionLabel(action: string, t: Translate): string {
  if (action === 'report') return t('field.tab.report');
  const key = `command.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

/** Why the server refused a write, in words a field worker can act on. */
export function refusalReason(refusal: { status: number; message: string }, t: Translate): string {
  if (refusal.status === 409) return t('command.conflict');
  return t('error.http', { status: refusal.status, message: refusal.message });
}
