import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { StatusCountGrid } from '../../components/status-count-grid';
import { formatShortDateTime } from '../../lib/format-time';
import { useGridNames } from '../../lib/reference';
import { useWorkOrderStats } from '../../lib/work-orders/get-work-order-stats';
import { useWorkOrders } from '../../lib/work-orders/get-work-orders';

const LEADER_LATEST_LIMIT = 20;

/** The duty leader's tablet overview, until the full leader screen arrives: counts and the newest orders. */
export function LeaderPage(): ReactElement {
  const t = useT();
  const stats = useWorkOrderStats();
  const orders = useWorkOrders({ limit: LEADER_LATEST_LIMIT });
  const gridNames = useGridNames();

  return (
    <div className="page leader">
      <h1>{t('leader.title')}</h1>
      <section aria-labelledby="leader-counts">
        <h2 id="leader-counts">
          {t('leader.openByStatus')}
          {stats.data && <span className="heading-figure">{stats.data.open}</span>}
        </h2>
        {stats.isPending ? (
          <Loading />
        ) : stats.isError ? (
          <LoadError error={stats.error} onRetry={() => void stats.refetch()} />
        ) : (
          <StatusCountGrid byStatus={stats.data.byStatus} />
        )}
      </section>
      <section aria-labelledby="leader-latest">
        <h2 id="leader-latest">{t('leader.latest')}</h2>
        {orders.isPending ? (
          <Loading />
        ) : orders.isError ? (
          <LoadError error={orders.error} onRetry={() => void orders.refetch()} />
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>{t('order.number')}</th>
                <th>{t('order.title')}</th>
                <th>{t('order.status')}</th>
                <th>{t('order.grid')}</th>
                <th>{t('order.time')}</th>
              </tr>
            </thead>
            <tbody>
              {orders.data.items.map((order) => (
                <tr key={order.id}>
                  <td className="mono">{order.number}</td>
                  <td>{order.title}</td>
                  <td>
                    <StatusBadge status={order.status} />
                  </td>
                  <td>
                    {order.gridId ? (gridNames.get(order.gridId) ?? order.gridId) : t('order.outOfGrid')}
                  </td>
                  <td>{formatShortDateTime(order.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
