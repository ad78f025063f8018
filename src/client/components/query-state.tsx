import type { ReactElement } from 'react';
import { useT } from '../app/i18n/i18n';
import type { Translate } from '../app/i18n/i18n';
import { ApiError, NetworkError, ResponseShapeError } from '../lib/api-client';

/** A user-facing sentence for any error a request can end in. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof NetworkError) return t('error.network');
  if (error instanceof ResponseShapeError) return t('error.invalidResponse');
  if (error instanceof ApiError) return t('error.http', { status: error.status, message: error.message });
  return error instanceof Error ? error.message : String(error);
}

export function Loading(): ReactElement {
  const t = useT();
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }): ReactElement {
  const t = useT();
  return (
    <div className="load-error" role="alert">
      <span>{t('app.loadFailed', { message: describeError(error, t) })}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
