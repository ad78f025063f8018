import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { ReactElement } from 'react';
import { can } from '../../../shared/auth/policy';
import type { User } from '../../../shared/schemas/user';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { primeAudio, useMuted } from '../../lib/field/alert-sound';
import { applyQueuedResult } from '../../lib/field/field-command';
import { byUrgency, isMyWork } from '../../lib/field/my-orders';
import { useOrderAlerts } from '../../lib/field/use-order-alerts';
import type { QueuedItem } from '../../lib/offline/offline-queue';
import { OfflineQueueProvider } from '../../lib/offline/offline-queue-provider';
import { useNow } from '../../lib/use-now';
import { useWorkOrders } from '../../lib/work-orders/get-work-orders';
import { OPEN_STATUSES } from '../../lib/work-orders/status-groups';
import { AlertBanner } from './alert-banner';
import { FieldOrderCard } from './field-order-card';
import { FieldOrderDetail } from './field-order-detail';
import { FieldStatus } from './field-status';
import { FieldTabBar } from './field-tab-bar';
import { ReportForm } from './report-form';
import { SupervisionPanel } from './supervision-panel';
import { useFieldRoute } from './use-field-route';
import type { FieldTab } from './use-field-route';
import './field.css';
import './field-forms.css';

/** The server scopes the list to this viewer (own grids, own department); "mine" is filtered here. */
const OPEN_ORDERS = { status: OPEN_STATUSES.join(','), limit: 500 };
/** The countdowns show minutes: a tick every 15 s keeps them right without re-rendering every second. */
const COUNTDOWN_TICK_MS = 15_000;

export function FieldPage({ user }: { user: User }): ReactElement {
  const queryClient = useQueryClient();
  const handleSent = useCallback(
    (item: QueuedItem, body: unknown) => applyQueuedResult(queryClient, item, body),
    [queryClient],
  );
  return (
    <OfflineQueueProvider userId={user.id} onSent={handleSent}>
      <FieldScreen user={user} />
    </OfflineQueueProvider>
  );
}

function FieldScreen({ user }: { user: User }): ReactElement {
  const t = useT();
  const route = useFieldRoute();
  const [muted, setMuted] = useMuted();
  const { alerts, dismiss } = useOrderAlerts(user, muted);
  const orders = useWorkOrders(OPEN_ORDERS);
  const now = useNow(COUNTDOWN_TICK_MS);
  const tabs = useMemo<FieldTab[]>(
    () => [
      'mine',
      ...((user.gridIds ?? []).length > 0 ? (['grid'] as const) : []),
      ...(can(user.role, 'work-order:create') ? (['report'] as const) : []),
      'supervise',
    ],
    [user],
  );
  const lists = useMemo(() => {
    const items = orders.data?.items ?? [];
    return {
      mine: items.filter((order) => isMyWork(order, user)).sort(byUrgency),
      grid: [...items].sort(byUrgency),
    };
  }, [orders.data, user]);

  function handleOpenAlert(orderId: string, alertId: string): void {
    dismiss(alertId);
    route.openOrder(orderId);
  }

  function renderList(tab: 'mine' | 'grid'): ReactElement {
    if (orders.isPending) return <Loading />;
    if (orders.isError) return <LoadError error={orders.error} onRetry={() => void orders.refetch()} />;
    const items = lists[tab];
    if (items.length === 0)
      return <p className="muted field-empty">{t(tab === 'mine' ? 'field.empty' : 'field.emptyGrid')}</p>;
    return (
      <ul className="field-list">
        {items.map((order) => (
          <li key={order.id}>
            <FieldOrderCard order={order} user={user} now={now} onOpen={route.openOrder} />
          </li>
        ))}
      </ul>
    );
  }

  const tab = tabs.includes(route.tab) ? route.tab : 'mine';
  return (
    <div className="page field-page" onPointerDown={primeAudio}>
      <FieldStatus muted={muted} onMutedChange={setMuted} />
      <AlertBanner alerts={alerts} onOpen={handleOpenAlert} onDismiss={dismiss} />
      <section className="field-page__body" aria-label={t(`field.tab.${tab}`)}>
        {route.orderId ? (
          <FieldOrderDetail id={route.orderId} user={user} now={now} onBack={route.closeOrder} />
        ) : tab === 'mine' || tab === 'grid' ? (
          <>
            <h1 className="field-page__title">{t(`field.tab.${tab}`)}</h1>
            {renderList(tab)}
          </>
        ) : tab === 'report' ? (
          <ReportForm user={user} />
        ) : (
          <SupervisionPanel onOpenOrder={route.openOrder} />
        )}
      </section>
      <FieldTabBar
        tabs={tabs}
        current={route.orderId ? null : tab}
        counts={{ mine: lists.mine.length }}
        onSelect={route.setTab}
      />
    </div>
  );
}
