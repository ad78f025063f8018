import type { ReactElement, ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n';
import { CommandBar } from '../../components/command-bar';
import { LoadError, Loading } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { WorkOrderTimeline } from '../../components/work-order-timeline';
import { formatDateTime } from '../../lib/format-time';
import { useWorkOrder } from '../../lib/work-orders/get-work-order';

function Row({ label, children }: { label: string; children: ReactNode }): ReactElement {
  return (
    <div className="detail__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One order, live: the bridge patches it on every event and refetches its commands and timeline. */
export function OrderDetail({
  id,
  gridNames,
}: {
  id: string;
  gridNames: ReadonlyMap<string, string>;
}): ReactElement {
  const t = useT();
  const query = useWorkOrder(id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const order = query.data;
  const none = t('app.none');

  return (
    <article className="detail" data-testid="order-detail" aria-labelledby="order-detail-title">
      <header className="detail__header">
        <span className="mono">{order.number}</span>
        <StatusBadge status={order.status} />
        {order.supervised && <span className="flag">{t('order.supervised')}</span>}
        {order.parked && <span className="flag">{t('order.parked')}</span>}
      </header>
      <h2 id="order-detail-title">{order.title}</h2>
      {order.description && <p className="detail__description">{order.description}</p>}
      <dl className="detail__grid">
        <Row label={t('order.source')}>{t(`source.${order.source}`)}</Row>
        <Row label={t('order.category')}>{order.category ? t(`category.${order.category}`) : none}</Row>
        <Row label={t('order.priority')}>{order.priority ? t(`priority.${order.priority}`) : none}</Row>
        <Row label={t('order.grid')}>
          {order.gridId ? (gridNames.get(order.gridId) ?? order.gridId) : t('order.outOfGrid')}
        </Row>
        <Row label={t('order.address')}>{order.address ?? none}</Row>
        <Row label={t('order.assignee')}>
          {order.assignee ? `${t(`assigneeKind.${order.assignee.kind}`)} ${order.assignee.id}` : none}
        </Row>
        <Row label={t('order.createdAt')}>{formatDateTime(order.createdAt)}</Row>
        <Row label={t('order.signOffDeadline')}>
          {order.deadlines.signOff ? formatDateTime(order.deadlines.signOff) : none}
        </Row>
        <Row label={t('order.resolveDeadline')}>
          {order.deadlines.resolve ? formatDateTime(order.deadlines.resolve) : none}
        </Row>
        <Row label={t('order.escalation')}>{t(`escalation.${order.escalationLevel}`)}</Row>
        <Row label={t('order.urgeCount')}>{order.urgeCount}</Row>
        <Row label={t('order.reporter')}>
          {[order.reporter?.name, order.reporter?.phone].filter(Boolean).join(' ') || none}
        </Row>
      </dl>
      <section aria-labelledby="order-commands-title">
        <h3 id="order-commands-title">{t('command.title')}</h3>
        <CommandBar order={order} />
      </section>
      <section aria-labelledby="order-timeline-title">
        <h3 id="order-timeline-title">{t('timeline.title')}</h3>
        <WorkOrderTimeline entries={order.timeline} />
      </section>
    </article>
  );
}
