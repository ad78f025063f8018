import { useSyncExternalStore } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { Translate } from '../../app/i18n/i18n';
import { formatClock } from '../../lib/format-time';
import type { DroppedItem } from '../../lib/offline/offline-queue';
import { useOfflineQueue, useOfflineSnapshot } from '../../lib/offline/offline-queue-provider';
import { actionLabel, refusalReason } from './labels';

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const isOnline = (): boolean => navigator.onLine !== false;

function droppedText(entry: DroppedItem, t: Translate): string {
  return t('offline.dropped', {
    subject: entry.item.label.subject,
    action: actionLabel(entry.item.label.action, t),
    message: refusalReason(entry, t),
  });
}

interface FieldStatusProps {
  muted: boolean;
  onMutedChange: (muted: boolean) => void;
}

/** Signal, what waits to be sent ("待发送 N"), what the server refused, and the alert sound switch. */
export function FieldStatus({ muted, onMutedChange }: FieldStatusProps): ReactElement {
  const t = useT();
  const queue = useOfflineQueue();
  const { items, dropped, sending, retryAt } = useOfflineSnapshot();
  const online = useSyncExternalStore(subscribeOnline, isOnline, isOnline);
  return (
    <div className="field-status" data-testid="field-status">
      <div className="field-status__row">
        {!online && <span className="field-status__offline">{t('offline.offline')}</span>}
        {items.length > 0 && (
          <span className="field-status__pending" data-testid="offline-pending">
            {t('offline.pending', { count: items.length })}
            {sending
              ? ` · ${t('offline.sending')}`
              : retryAt !== null
                ? ` · ${t('offline.retryAt', { time: formatClock(retryAt) })}`
                : ''}
          </span>
        )}
        {items.length > 0 && !sending && (
          <button type="button" onClick={() => void queue.flush()}>
            {t('offline.sendNow')}
          </button>
        )}
        <button
          type="button"
          className="field-status__mute"
          aria-pressed={!muted}
          onClick={() => onMutedChange(!muted)}
        >
          {t(muted ? 'field.soundOff' : 'field.soundOn')}
        </button>
      </div>
      {dropped.map((entry) => (
        <p key={entry.item.id} className="form-error field-status__dropped" role="alert">
          <span>{droppedText(entry, t)}</span>
          <button type="button" onClick={() => queue.dismiss(entry.item.id)}>
            {t('field.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
