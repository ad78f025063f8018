import { useCallback, useState } from 'react';
import type { ReactElement } from 'react';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { Link, navigate } from '../../app/router/router';
import {
  askNotificationPermission,
  beep,
  notificationState,
  readMuted,
  showDesktopNotification,
  writeMuted,
} from '../../lib/dispatch/p1-alarm';
import type { NotificationState } from '../../lib/dispatch/p1-alarm';
import { useP1Watch } from '../../lib/dispatch/use-p1-watch';

const orderPath = (id: string): string => `/console?order=${encodeURIComponent(id)}`;
/** The newest alerts shown on screen; older ones are in the list anyway. */
const MAX_SHOWN = 5;

/**
 * 紧急工单提醒: a new P1 order (created P1, or graded P1 at 立案) rings, shows a desktop notification
 * when the operator allowed them, and stays on screen until dismissed.
 */
export function P1Alerts(): ReactElement {
  const t = useT();
  const [permission, setPermission] = useState<NotificationState>(notificationState);
  const [muted, setMuted] = useState(readMuted);
  const [alerts, setAlerts] = useState<WorkOrder[]>([]);

  const handleNewP1 = useCallback(
    (orders: WorkOrder[]) => {
      setAlerts((current) => [...orders, ...current.filter((a) => !orders.some((o) => o.id === a.id))]);
      if (!muted) beep();
      for (const order of orders) {
        showDesktopNotification(
          t('dispatch.p1.notificationTitle', { number: order.number }),
          order.title,
          order.id,
          () => navigate(orderPath(order.id)),
        );
      }
    },
    [muted, t],
  );
  useP1Watch(handleNewP1);

  return (
    <div className="p1-alerts" data-testid="p1-alerts">
      <div className="p1-alerts__controls">
        {permission === 'default' && (
          <button type="button" onClick={() => void askNotificationPermission().then(setPermission)}>
            {t('dispatch.p1.enable')}
          </button>
        )}
        {permission === 'granted' && <span className="muted">{t('dispatch.p1.enabled')}</span>}
        {permission === 'denied' && <span className="muted">{t('dispatch.p1.denied')}</span>}
        <label className="p1-alerts__mute">
          <input
            type="checkbox"
            checked={muted}
            onChange={(e) => {
              setMuted(e.target.checked);
              writeMuted(e.target.checked);
            }}
          />
          {t('dispatch.p1.mute')}
        </label>
      </div>
      {alerts.length > 0 && (
        <div className="p1-alerts__list" role="alert">
          {alerts.slice(0, MAX_SHOWN).map((order) => (
            <p key={order.id} className="p1-alert">
              <span className="priority priority--P1">{t('priority.P1')}</span>{' '}
              <Link to={orderPath(order.id)}>
                {order.number} {order.title}
              </Link>
            </p>
          ))}
          <button type="button" onClick={() => setAlerts([])}>
            {t('dispatch.p1.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
