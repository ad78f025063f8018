import { useState, type ReactElement } from 'react';
import './video-alerts.css';
import type { CameraAlert } from '../../../../shared/schemas/video';
import { alertKind } from '../../../../shared/video/alert-rules';
import { useT } from '../../../app/i18n/i18n';
import { useConfirmAlert, useDismissAlert } from '../../../lib/camera-alerts/handle-alert';
import { formatClock } from '../../../lib/format-time';

interface Props {
  alert: CameraAlert;
  /** Open alerts behind this one. */
  remaining: number;
  gridName: string;
  /** Read-only screens (the wall kiosk) show the alert without the buttons. */
  canHandle: boolean;
}

/**
 * The newest open alert as a pop-up beside the live wall: what, where, when, how often, the
 * snapshot; 生成工单 files it as a work order, 忽略 dismisses it. The list updates from the
 * alert's own event, so a second operator's screen closes its pop-up too.
 */
export function AlertPopup({ alert, remaining, gridName, canHandle }: Props): ReactElement {
  const t = useT();
  const confirm = useConfirmAlert();
  const dismiss = useDismissAlert();
  const [reason, setReason] = useState('');
  const busy = confirm.isPending || dismiss.isPending;
  const error = confirm.error ?? dismiss.error;
  const kind = alertKind(alert.type);

  return (
    <section
      className="video-alert"
      role="alertdialog"
      aria-labelledby={`alert-${alert.id}-title`}
      data-testid="alert-popup"
      data-alert-id={alert.id}
      data-camera-id={alert.cameraId}
    >
      <header className="video-alert__head">
        <strong id={`alert-${alert.id}-title`}>
          {t('videoAlerts.title')} · {t(`videoAlerts.kind.${kind}`)}
        </strong>
        <span>{t('videoAlerts.at', { time: formatClock(alert.firstAt) })}</span>
      </header>
      <p className="video-alert__where">
        {alert.cameraName} · {gridName}
        {alert.count > 1 ? ` · ${t('videoAlerts.repeats', { count: alert.count })}` : ''}
      </p>
      {alert.snapshotPhotoId ? (
        <img
          className="video-alert__snapshot"
          src={`/api/photos/${alert.snapshotPhotoId}`}
          alt={t('videoAlerts.snapshot', { name: alert.cameraName })}
        />
      ) : (
        <p className="video-alert__empty">{t('videoAlerts.noSnapshot')}</p>
      )}
      {canHandle ? (
        <div className="video-alert__actions">
          <button
            type="button"
            className="video-alert__confirm"
            data-testid="alert-confirm"
            disabled={busy}
            onClick={() => confirm.mutate({ alert })}
          >
            {t('videoAlerts.confirm')}
          </button>
          <input
            aria-label={t('videoAlerts.dismissReason')}
            placeholder={t('videoAlerts.dismissReason')}
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.target.value)}
          />
          <button
            type="button"
            data-testid="alert-dismiss"
            disabled={busy}
            onClick={() => dismiss.mutate({ alert, ...(reason.trim() ? { reason: reason.trim() } : {}) })}
          >
            {t('videoAlerts.dismiss')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="video-alert__error" role="alert">
          {t('videoAlerts.failed', { message: error.message })}
        </p>
      ) : null}
      {remaining > 0 ? (
        <p className="video-alert__more">{t('videoAlerts.more', { count: remaining })}</p>
      ) : null}
    </section>
  );
}
