import { useState } from 'react';
import type { ReactElement } from 'react';
import type { User } from '../../../shared/schemas/user';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { WorkOrderTimeline } from '../../components/work-order-timeline';
import { awaitsMyVerification } from '../../lib/field/my-orders';
import { useOfflineSnapshot } from '../../lib/offline/offline-queue-provider';
import { useGridNames } from '../../lib/reference';
import { useWorkOrder } from '../../lib/work-orders/get-work-order';
import { DeadlineLine } from './deadline-line';
import { FieldActions } from './field-actions';
import { OrderBadges } from './order-badges';

interface FieldOrderDetailProps {
  id: string;
  user: User;
  now: number;
  onBack: () => void;
}

/** One order, full screen: what it is, where, how long is left, and what I may do now. */
export function FieldOrderDetail({ id, user, now, onBack }: FieldOrderDetailProps): ReactElement {
  const t = useT();
  const detail = useWorkOrder(id);
  const gridNames = useGridNames();
  const pending = useOfflineSnapshot().items.filter((item) => item.orderId === id);
  const [showTimeline, setShowTimeline] = useState(false);
  const order = detail.data;

  return (
    <article className="field-detail" data-testid="field-detail">
      <button type="button" className="field-detail__back" onClick={onBack}>
        {t('field.back')}
      </button>
      {detail.isPending ? (
        <Loading />
      ) : detail.isError || !order ? (
        <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <>
          <header className="field-card__header">
            <StatusBadge status={order.status} />
            <span className="mono">{order.number}</span>
          </header>
          <h1 className="field-detail__title">{order.title}</h1>
          <OrderBadges
            order={order}
            verifyDue={awaitsMyVerification(order, user)}
            pending={pending.length > 0}
          />
          <DeadlineLine order={order} now={now} />
          <dl className="field-detail__facts">
            {order.address && (
              <>
                <dt>{t('order.address')}</dt>
                <dd>{order.address}</dd>
              </>
            )}
            {order.gridId && (
              <>
                <dt>{t('order.grid')}</dt>
                <dd>{gridNames.get(order.gridId) ?? order.gridId}</dd>
              </>
            )}
            {order.description && (
              <>
                <dt>{t('order.description')}</dt>
                <dd className="field-detail__description">{order.description}</dd>
              </>
            )}
          </dl>
          <FieldActions order={order} pending={pending} />
          <button
            type="button"
            className="link-button field-detail__timeline-toggle"
            aria-expanded={showTimeline}
            onClick={() => setShowTimeline((shown) => !shown)}
          >
            {showTimeline ? t('field.hideTimeline') : t('field.showTimeline')}
          </button>
          {showTimeline && <WorkOrderTimeline entries={order.timeline} />}
        </>
      )}
    </article>
  );
}
