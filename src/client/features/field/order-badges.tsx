import type { ReactElement } from 'react';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';

interface OrderBadgesProps {
  order: Pick<WorkOrder, 'urgeCount' | 'supervised' | 'parked'>;
  verifyDue: boolean;
  pending: boolean;
}

/** 催办 count, 督办, 挂账, "awaiting my check" and "waiting to send". */
export function OrderBadges({ order, verifyDue, pending }: OrderBadgesProps): ReactElement | null {
  const t = useT();
  const badges = [
    order.urgeCount > 0 && { key: 'urge', text: t('field.urged', { count: order.urgeCount }) },
    order.supervised && { key: 'supervised', text: t('order.supervised') },
    order.parked && { key: 'parked', text: t('order.parked') },
    verifyDue && { key: 'verify', text: t('field.verifyDue') },
    pending && { key: 'pending', text: t('offline.orderPending') },
  ].filter((badge): badge is { key: string; text: string } => Boolean(badge));
  if (badges.length === 0) return null;
  return (
    <span className="field-badges">
      {badges.map((badge) => (
        <span key={badge.key} className={`field-badge field-badge--${badge.key}`}>
          {badge.text}
        </span>
      ))}
    </span>
  );
}
