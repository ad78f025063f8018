import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { useGridNames } from '../../lib/reference';
import { useWorkOrders } from '../../lib/work-orders/get-work-orders';
import { OrderDetail } from './order-detail';
import { OrderFilters } from './order-filters';
import { OrderList } from './order-list';
import { useConsoleFilters } from './use-console-filters';

/** 工单: find orders, open one, act on it — all of it live. */
export function OrdersPanel(): ReactElement {
  const t = useT();
  const { filters, values, selectedId, setFilter, select, clear } = useConsoleFilters();
  const orders = useWorkOrders(filters);
  const gridNames = useGridNames();

  return (
    <div className="console">
      <section className="console__list" aria-label={t('console.title')}>
        <OrderFilters values={values} onChange={setFilter} onClear={clear} />
        {orders.isPending ? (
          <Loading />
        ) : orders.isError ? (
          <LoadError error={orders.error} onRetry={() => void orders.refetch()} />
        ) : (
          <>
            <p className="muted console__count" aria-live="polite">
              {t('console.results', { total: orders.data.total })}
            </p>
            <OrderList
              orders={orders.data.items}
              gridNames={gridNames}
              selectedId={selectedId}
              onSelect={select}
            />
          </>
        )}
      </section>
      <section className="console__detail">
        {selectedId ? (
          <OrderDetail key={selectedId} id={selectedId} gridNames={gridNames} />
        ) : (
          <p className="muted">{t('console.selectHint')}</p>
        )}
      </section>
    </div>
  );
}
