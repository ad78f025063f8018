import { useState } from 'react';
import type { ReactElement } from 'react';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { CommandBar } from '../../components/command-bar';
import { LoadError } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { WorkOrderTimeline } from '../../components/work-order-timeline';
import { formatShortDateTime } from '../../lib/format-time';
import { useWorkOrder } from '../../lib/work-orders/get-work-order';

/**
 * One of my orders on a phone. Its detail query supplies allowedCommands (accept, start …), which
 * only the server can compute for this viewer.
 */
export function FieldOrderCard({ order }: { order: WorkOrder }): ReactElement {
  const t = useT();
  const detail = useWorkOrder(order.id);
  const [showTimeline, setShowTimeline] = useState(false);
  const deadline = order.deadlines.resolve ?? order.deadlines.signOff;

  return (
    <article className="field-card" data-testid="field-order">
      <header className="field-card__header">
        <StatusBadge status={order.status} />
        <span className="mono">{order.number}</span>
      </header>
      <h2 className="field-card__title">{order.title}</h2>
      {order.address && <p className="field-card__address">{order.address}</p>}
      {deadline && (
        <p className="muted">
          {t(order.deadlines.resolve ? 'order.resolveDeadline' : 'order.signOffDeadline')}{' '}
          {formatShortDateTime(deadline)}
        </p>
      )}
      {detail.isError ? (
        <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : detail.data ? (
        <>
          <CommandBar order={detail.data} />
          <button type="button" className="link-button" onClick={() => setShowTimeline((shown) => !shown)}>
            {showTimeline ? t('field.hideTimeline') : t('field.showTimeline')}
          </button>
          {showTimeline && <WorkOrderTimeline entries={detail.data.timeline} />}
        </>
      ) : null}
    </article>
  );
}
