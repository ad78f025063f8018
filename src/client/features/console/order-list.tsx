import type { ReactElement } from 'react';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { StatusBadge } from '../../components/status-badge';
import { formatShortDateTime } from '../../lib/format-time';

interface OrderListProps {
  orders: readonly WorkOrder[];
  gridNames: ReadonlyMap<string, string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function OrderList({ orders, gridNames, selectedId, onSelect }: OrderListProps): ReactElement {
  const t = useT();
  if (orders.length === 0) return <p className="muted">{t('console.empty')}</p>;
  return (
    <ul className="order-list" data-testid="order-list">
      {orders.map((order) => (
        <li key={order.id}>
          <button
            type="button"
            className={`order-row${order.id === selectedId ? ' is-selected' : ''}`}
            aria-current={order.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(order.id)}
            data-testid="order-row"
          >
            <span className="order-row__title">{order.title}</span>
            <StatusBadge status={order.status} />
            <span className="order-row__meta">
              <span className="mono">{order.number}</span>
              {order.category && <span>{t(`category.${order.category}`)}</span>}
              {order.priority && (
                <span className={`priority priority--${order.priority}`}>
                  {t(`priority.${order.priority}`)}
                </span>
              )}
              <span>
                {order.gridId ? (gridNames.get(order.gridId) ?? order.gridId) : t('order.outOfGrid')}
              </span>
              <time dateTime={order.createdAt}>{formatShortDateTime(order.createdAt)}</time>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
