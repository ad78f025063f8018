import type { ReactElement } from 'react';
import type { CommandType } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { CommandBar } from '../../components/command-bar';
import { LoadError, Loading } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTime } from '../../lib/format-time';
import { useWorkOrder } from '../../lib/work-orders/get-work-order';
import type { WorkOrderDetail } from '../../lib/work-orders/get-work-order';
import { ClosingActions } from './closing-actions';
import { DetailRow } from './detail-row';
import { DispatchPanel } from './dispatch-panel';
import { PrintSheetButton } from './dispatch-sheet';
import type { SheetEntry } from './dispatch-sheet';
import { OrderSupervisions } from './order-supervisions';
import { actorLabel, OrderTimeline } from './order-timeline';
import { OversightActions } from './oversight-actions';
import { OversightFacts } from './oversight-facts';
import { CardChip, runningStage, StageClocks } from './stage-clocks';
import { useAssigneeName } from './use-assignee-name';
import { useCategoryLabel } from './use-category-label';

/** Commands with their own controls on this desk; the command bar offers the rest. */
const OWN_CONTROLS: ReadonlySet<string> = new Set<CommandType>([
  'dispatch',
  'close',
  'reopen',
  'urge',
  'supervise',
  'escalate',
]);

interface OrderDetailProps {
  id: string;
  gridNames: ReadonlyMap<string, string>;
  /** Bumped by the `d` shortcut: bring the dispatch panel into focus. */
  dispatchFocus?: number;
}

/** The latest 派遣 of the order, for the dispatch sheet: who sent it where, and when. */
function useSheetEntry(order: WorkOrderDetail, assigneeName: string): SheetEntry | null {
  const t = useT();
  const entry = [...order.timeline].reverse().find((e) => e.action === 'dispatch');
  if (!entry || order.assignee === null) return null;
  return { order, assignee: assigneeName, dispatcher: actorLabel(entry.actor, t), at: entry.at };
}

function Body({
  order,
  gridNames,
  dispatchFocus,
}: OrderDetailProps & { order: WorkOrderDetail }): ReactElement {
  const t = useT();
  const categoryLabel = useCategoryLabel();
  const assigneeName = useAssigneeName(order.gridId, order.assignee?.kind === 'staff');
  const sheet = useSheetEntry(order, assigneeName(order.assignee));
  const none = t('app.none');
  const running = runningStage(order);
  const canDispatch = order.status === 'registered' && order.allowedCommands.includes('dispatch');
  const others = order.allowedCommands.filter((c) => !OWN_CONTROLS.has(c));
  const hasOwn = order.allowedCommands.some((c) => OWN_CONTROLS.has(c));

  return (
    <article className="detail" data-testid="order-detail" aria-labelledby="order-detail-title">
      <header className="detail__header">
        <span className="mono">{order.number}</span>
        <StatusBadge status={order.status} />
        {running && <CardChip colour={running.colour} />}
        {order.supervised && <span className="flag">{t('order.supervised')}</span>}
        {order.parked && <span className="flag">{t('order.parked')}</span>}
      </header>
      <h2 id="order-detail-title">{order.title}</h2>
      {order.description && <p className="detail__description">{order.description}</p>}
      <dl className="detail__grid">
        <DetailRow label={t('order.source')}>{t(`source.${order.source}`)}</DetailRow>
        <DetailRow label={t('order.category')}>
          {order.category ? categoryLabel(order.category) : none}
        </DetailRow>
        <DetailRow label={t('order.priority')}>
          {order.priority ? t(`priority.${order.priority}`) : none}
        </DetailRow>
        <DetailRow label={t('order.grid')}>
          {order.gridId ? (gridNames.get(order.gridId) ?? order.gridId) : t('order.outOfGrid')}
        </DetailRow>
        <DetailRow label={t('order.address')}>{order.address ?? none}</DetailRow>
        <DetailRow label={t('order.assignee')}>{assigneeName(order.assignee)}</DetailRow>
        <DetailRow label={t('order.createdAt')}>{formatDateTime(order.createdAt)}</DetailRow>
        <StageClocks order={order} />
        <OversightFacts order={order} />
        {order.satisfaction && (
          <DetailRow label={t('form.satisfaction')}>{t(`satisfaction.${order.satisfaction}`)}</DetailRow>
        )}
        <DetailRow label={t('order.reporter')}>
          {[order.reporter?.name, order.reporter?.phone].filter(Boolean).join(' ') || none}
        </DetailRow>
      </dl>
      {canDispatch && <DispatchPanel order={order} focusToken={dispatchFocus ?? 0} />}
      <ClosingActions order={order} />
      <section aria-labelledby="order-commands-title">
        <h3 id="order-commands-title">{t('command.title')}</h3>
        <OversightActions order={order} />
        {(others.length > 0 || !hasOwn) && <CommandBar order={{ ...order, allowedCommands: others }} />}
        {sheet && <PrintSheetButton entries={[sheet]} gridNames={gridNames} />}
      </section>
      <section aria-labelledby="order-supervisions-title">
        <h3 id="order-supervisions-title">{t('dispatch.supervisions.title')}</h3>
        <OrderSupervisions orderId={order.id} version={order.version} />
      </section>
      <section aria-labelledby="order-timeline-title">
        <h3 id="order-timeline-title">{t('timeline.title')}</h3>
        <OrderTimeline entries={order.timeline} />
      </section>
    </article>
  );
}

/** One order, live: the bridge patches it on every event and refetches its commands and timeline. */
export function OrderDetail({ id, gridNames, dispatchFocus }: OrderDetailProps): ReactElement {
  const query = useWorkOrder(id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <Body id={id} order={query.data} gridNames={gridNames} dispatchFocus={dispatchFocus} />;
}
