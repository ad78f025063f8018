import type { ReactElement } from 'react';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { StatusBadge } from '../../components/status-badge';
import { formatShortDateTime } from '../../lib/format-time';
import { CardChip, runningStage } from './stage-clocks';

interface OrderListProps {
  orders: readonly WorkOrder[];
  gridNames: ReadonlyMap<string, string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Orders ticked for 批量派遣; only registered ones get a box. */
  checked?: ReadonlySet<string>;
  onToggle?: (id: string) => void;
}

export const orderRowId = (id: string): string => `order-row-${id}`;

export function OrderList({
  orders,
  gridNames,
  selectedId,
  onSelect,
  checked,
  onToggle,
}: OrderListProps): ReactElement {
  const t = useT();
  if (orders.length === 0) return <p className="muted">{t('console.empty')}</p>;
  return (
    <ul className="order-list" data-testid="order-list">
      {orders.map((order) => {
        const card = runningStage(order)?.colour;
        return (
          <li key={order.id} className="order-list__item">
            {onToggle && order.status === 'registered' && (
              <input
                type="checkbox"
                className="order-list__check"
                aria-label={t('dispatch.bulk.pick', { number: order.number })}
                checked={checked?.has(order.id) ?? false}
                onChange={() => onToggle(order.id)}
              />
            )}
            <button
              type="button"
              id={orderRowId(order.id)}
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
                {card && card !== 'green' && <CardChip colour={card} />}
                <span>
                  {order.gridId ? (gridNames.get(order.gridId) ?? order.gridId) : t('order.outOfGrid')}
                </span>
                <time dateTime={order.createdAt}>{formatShortDateTime(order.createdAt)}</time>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
