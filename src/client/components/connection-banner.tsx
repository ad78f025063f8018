import type { ReactElement } from 'react';
import { useT } from '../app/i18n/i18n';
import { formatClock } from '../lib/format-time';
import { useConnection } from '../realtime/connection-store';

/**
 * The live-link state, on every screen: an operator must never act on, and a wall must never show,
 * data that silently stopped updating.
 */
export function ConnectionBanner({ className }: { className?: string }): ReactElement {
  const t = useT();
  const { status, stale, freshAt } = useConnection();
  const tone = stale ? 'stale' : status === 'connected' ? 'connected' : 'reconnecting';
  const text = stale
    ? t('connection.stale', { time: formatClock(freshAt) })
    : status === 'connected'
      ? t('connection.connected')
      : status === 'connecting'
        ? t('connection.connecting')
        : t('connection.reconnecting');
  return (
    <div
      className={`connection-banner connection-banner--${tone}${className ? ` ${className}` : ''}`}
      role={tone === 'connected' ? 'status' : 'alert'}
      data-testid="connection-banner"
      data-state={tone}
    >
      <span className="connection-banner__dot" aria-hidden="true" />
      {text}
    </div>
  );
}
