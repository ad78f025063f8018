import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { OrderAlert } from '../../lib/field/order-alerts';

interface AlertBannerProps {
  alerts: readonly OrderAlert[];
  onOpen: (orderId: string, alertId: string) => void;
  onDismiss: (alertId: string) => void;
}

/** 催办 / 督办 of my orders, newest on top, until acknowledged. */
export function AlertBanner({ alerts, onOpen, onDismiss }: AlertBannerProps): ReactElement | null {
  const t = useT();
  if (alerts.length === 0) return null;
  return (
    <div className="field-alerts" role="alert" data-testid="field-alerts">
      {[...alerts].reverse().map((alert) => (
        <div key={alert.id} className={`field-alert field-alert--${alert.kind}`}>
          <button type="button" className="field-alert__text" onClick={() => onOpen(alert.orderId, alert.id)}>
            {alert.kind === 'urge'
              ? t('field.alert.urge', { number: alert.number, count: alert.urgeCount, title: alert.title })
              : t('field.alert.supervise', { number: alert.number, title: alert.title })}
          </button>
          <button type="button" onClick={() => onDismiss(alert.id)}>
            {t('field.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
