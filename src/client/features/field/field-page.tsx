import type { ReactElement } from 'react';
import type { User } from '../../../shared/schemas/user';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { useWorkOrders } from '../../lib/work-orders/get-work-orders';
import { OPEN_STATUSES } from '../../lib/work-orders/status-groups';
import { FieldOrderCard } from './field-order-card';
import './field.css';

const FIELD_LIMIT = 50;
/** The server scopes the list to this viewer (own grids, own department): these are "my" orders. */
const MY_OPEN_ORDERS = { status: OPEN_STATUSES.join(','), limit: FIELD_LIMIT };

export function FieldPage({ user }: { user: User }): ReactElement {
  const t = useT();
  const orders = useWorkOrders(MY_OPEN_ORDERS);
  return (
    <div className="page field">
      <h1>
        {t('field.title')}
        <span className="muted field__who">{user.displayName}</span>
      </h1>
      {orders.isPending ? (
        <Loading />
      ) : orders.isError ? (
        <LoadError error={orders.error} onRetry={() => void orders.refetch()} />
      ) : orders.data.items.length === 0 ? (
        <p className="muted">{t('field.empty')}</p>
      ) : (
        <ul className="field__orders">
          {orders.data.items.map((order) => (
            <li key={order.id}>
              <FieldOrderCard order={order} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
