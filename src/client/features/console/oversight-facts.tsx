import type { ReactElement } from 'react';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { formatDateTime } from '../../lib/format-time';
import { DetailRow } from './detail-row';

function ExtensionState({ extension }: { extension: WorkOrder['extension'] }): ReactElement {
  const t = useT();
  const until = extension.until ? formatDateTime(extension.until) : t('app.none');
  switch (extension.state) {
    case 'requested':
      return (
        <span className="flag flag--pending">
          {t('dispatch.extension.requested', { until, reason: extension.reason ?? t('app.none') })}
        </span>
      );
    case 'approved':
      return <span>{t('dispatch.extension.approved', { until })}</span>;
    case 'refused':
      return <span>{t('dispatch.extension.refused')}</span>;
    default:
      return <span>{t('app.none')}</span>;
  }
}

function ParkingState({ order }: { order: WorkOrder }): ReactElement {
  const t = useT();
  if (order.parked) return <span className="flag">{t('dispatch.parking.parked')}</span>;
  switch (order.parking.state) {
    case 'requested':
      return (
        <span className="flag flag--pending">
          {t('dispatch.parking.requested', { reason: order.parking.reason ?? t('app.none') })}
        </span>
      );
    case 'refused':
      return <span>{t('dispatch.parking.refused')}</span>;
    default:
      return <span>{t('app.none')}</span>;
  }
}

/** 层级, a county request waiting for the leader, 催办, 督办, 挂账 and 延期 — DESIGN §3.2's orthogonal facts. */
export function OversightFacts({ order }: { order: WorkOrder }): ReactElement {
  const t = useT();
  const request = order.escalationRequest;
  return (
    <>
      <DetailRow label={t('order.escalation')}>
        <span data-testid="escalation-level">{t(`escalation.${order.escalationLevel}`)}</span>
        {request && (
          <span className="flag flag--pending" data-testid="escalation-request">
            {t('dispatch.escalationRequest', {
              level: t(`escalation.${request.to}`),
              time: formatDateTime(request.requestedAt),
            })}
          </span>
        )}
      </DetailRow>
      <DetailRow label={t('order.urgeCount')}>{order.urgeCount}</DetailRow>
      <DetailRow label={t('dispatch.supervision')}>
        {order.supervised ? <span className="flag">{t('order.supervised')}</span> : t('dispatch.no')}
      </DetailRow>
      <DetailRow label={t('dispatch.parking.label')}>
        <ParkingState order={order} />
      </DetailRow>
      <DetailRow label={t('dispatch.extension.label')}>
        <ExtensionState extension={order.extension} />
      </DetailRow>
    </>
  );
}
