import type { ReactElement, ReactNode } from 'react';
import { useMemo } from 'react';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { useMe } from '../../lib/auth';
import { formatDateTime } from '../../lib/format-time';
import { useWorkOrders } from '../../lib/work-orders/get-work-orders';
import { ApprovalRow } from './approval-row';
import { approvalsOf, APPROVALS_FILTERS } from './approvals';

function Group({
  title,
  count,
  children,
}: {
  title: string;
  count: number;
  children: ReactNode;
}): ReactElement {
  const t = useT();
  return (
    <section className="approvals__group" aria-label={title}>
      <h3>
        {title} <span className="muted">{t('approvals.count', { count })}</span>
      </h3>
      {count === 0 ? (
        <p className="muted">{t('approvals.none')}</p>
      ) : (
        <ul className="approvals__list">{children}</ul>
      )}
    </section>
  );
}

/**
 * 待审批: requests waiting for the centre — 延期, 挂账 and 上报县级 (the last for the duty leader only).
 * The open-order list query, filtered here; the realtime bridge keeps it live.
 */
export function ApprovalsPanel(): ReactElement {
  const t = useT();
  const orders = useWorkOrders(APPROVALS_FILTERS);
  const me = useMe();
  const groups = useMemo(() => approvalsOf(orders.data?.items ?? []), [orders.data]);
  const none = t('app.none');
  if (orders.isPending) return <Loading />;
  if (orders.isError) return <LoadError error={orders.error} onRetry={() => void orders.refetch()} />;
  const isLeader = me.data?.role === 'leader';

  return (
    <div className="approvals" data-testid="approvals">
      <Group title={t('approvals.extensions')} count={groups.extensions.length}>
        {groups.extensions.map((order) => (
          <ApprovalRow key={order.id} kind="extension" order={order} canDecide>
            {t('approvals.extensionAsk', {
              deadline: order.deadlines.resolve ? formatDateTime(order.deadlines.resolve) : none,
              until: order.extension.until ? formatDateTime(order.extension.until) : none,
              reason: order.extension.reason ?? none,
            })}
          </ApprovalRow>
        ))}
      </Group>
      <Group title={t('approvals.parkings')} count={groups.parkings.length}>
        {groups.parkings.map((order) => (
          <ApprovalRow key={order.id} kind="parking" order={order} canDecide>
            {t('approvals.parkingAsk', { reason: order.parking.reason ?? none })}
          </ApprovalRow>
        ))}
      </Group>
      <Group title={t('approvals.escalations')} count={groups.escalations.length}>
        {groups.escalations.map((order) => (
          <ApprovalRow key={order.id} kind="escalation" order={order} canDecide={isLeader}>
            {order.escalationRequest &&
              t('approvals.escalationAsk', {
                from: t(`escalation.${order.escalationLevel}`),
                to: t(`escalation.${order.escalationRequest.to}`),
                time: formatDateTime(order.escalationRequest.requestedAt),
              })}
          </ApprovalRow>
        ))}
      </Group>
    </div>
  );
}
