import type { Translate } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { isApiError } from '../../lib/api-client';
import { CommandInputError } from '../../lib/work-orders/execute-command';

/** The sentence for a failed command: missing input, someone else was faster (409), or the server's word. */
export function commandErrorText(error: Error, t: Translate): string {
  if (error instanceof CommandInputError) return t('command.invalid');
  if (isApiError(error, 409)) return t('command.conflict');
  return t('command.failed', { message: describeError(error, t) });
}
