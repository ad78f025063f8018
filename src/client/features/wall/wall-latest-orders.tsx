import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { formatShortDateTime } from '../../lib/format-time';
import { useGridNames } from '../../lib/reference';
import { useWorkOrders } from '../../lib/work-orders/get-work-orders';

/** More than fit at 1080p; the panel clips the rest rather than scroll (a wall has no one to scroll it). */
export const WALL_LATEST_LIMIT = 15;

export function WallLatestOrders(): ReactElement {
  const t = useT();
  const orders = useWorkOrders({ limit: WALL_LATEST_LIMIT });
  const gridNames = useGridNames();
  return (
    <section className="wall__panel wall__latest" aria-labelledby="wall-latest-title">
      <h2 id="wall-latest-title">{t('wall.latest')}</h2>
      {orders.isPending ? (
        <Loading />
      ) : orders.isError ? (
        <LoadError error={orders.error} onRetry={() => void orders.refetch()} />
      ) : orders.data.items.length === 0 ? (
        <p className="muted">{t('wall.empty')}</p>
      ) : (
        <ol className="wall__orders">
          {orders.data.items.map((order) => (
            <li
              key={order.id}
              className={`wall__order wall__order--${order.priority ?? 'none'}`}
              data-testid="latest-order"
            >
              <span className="wall__order-title" data-testid="order-title">
                {order.title}
              </span>
              <StatusBadge status={order.status} />
              <span className="wall__order-meta">
                <span className="mono">{order.number}</span>
                <span>
                  {order.gridId
                    ? (gridNames.get(order.gridId) ?? order.gridId)
                    : order.outOfGrid
                      ? t('order.outOfGrid')
                      : t('app.none')}
                </span>
                <time dateTime={order.createdAt}>{formatShortDateTime(order.createdAt)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
