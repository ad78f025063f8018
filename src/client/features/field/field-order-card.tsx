import type { ReactElement } from 'react';
import type { User } from '../../../shared/schemas/user';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { StatusBadge } from '../../components/status-badge';
import { awaitsMyVerification, stageView } from '../../lib/field/my-orders';
import { useOfflineSnapshot } from '../../lib/offline/offline-queue-provider';
import { useGridNames } from '../../lib/reference';
import { DeadlineLine } from './deadline-line';
import { OrderBadges } from './order-badges';

interface FieldOrderCardProps {
  order: WorkOrder;
  user: User;
  now: number;
  onOpen: (id: string) => void;
}

/** One order in a list: the whole card is the button that opens it. */
export function FieldOrderCard({ order, user, now, onOpen }: FieldOrderCardProps): ReactElement {
  const t = useT();
  const gridNames = useGridNames();
  const pending = useOfflineSnapshot().items.some((item) => item.orderId === order.id);
  const colour = stageView(order)?.colour ?? 'none';
  return (
    <button
      type="button"
      className={`field-card field-card--${colour}`}
      data-testid="field-order"
      onClick={() => onOpen(order.id)}
    >
      <span className="field-card__header">
        <StatusBadge status={order.status} />
        <span className="mono">{order.number}</span>
      </span>
      <span className="field-card__title">{order.title}</span>
      {order.address && <span className="field-card__line">{order.address}</span>}
      {order.gridId && (
        <span className="field-card__line muted">
          {t('field.grid', { name: gridNames.get(order.gridId) ?? order.gridId })}
        </span>
      )}
      <DeadlineLine order={order} now={now} />
      <OrderBadges order={order} verifyDue={awaitsMyVerification(order, user)} pending={pending} />
    </button>
  );
}
