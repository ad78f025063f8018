import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { useGridNames } from '../../lib/reference';
import { useWorkOrders } from '../../lib/work-orders/get-work-orders';
import { BulkDispatchBar } from './bulk-dispatch-bar';
import { OrderDetail } from './order-detail';
import { OrderFilters } from './order-filters';
import { OrderList, orderRowId } from './order-list';
import { SavedFilters } from './saved-filters';
import { useConsoleFilters } from './use-console-filters';
import { useListShortcuts } from './use-list-shortcuts';

/** 工单: find orders, open one, act on it — all of it live; tick registered ones to dispatch them together. */
export function OrdersPanel(): ReactElement {
  const t = useT();
  const { filters, values, selectedId, setFilter, select, clear, apply } = useConsoleFilters();
  const orders = useWorkOrders(filters);
  const gridNames = useGridNames();
  const searchRef = useRef<HTMLInputElement>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [dispatchFocus, setDispatchFocus] = useState(0);
  const items = useMemo(() => orders.data?.items ?? [], [orders.data]);
  const targets = useMemo(
    () => items.filter((o) => o.status === 'registered' && checked.has(o.id)),
    [items, checked],
  );

  const toggle = useCallback((id: string) => {
    setBulkOpen(true);
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  // A new order opens without the dispatch focus the `d` key asked for on the previous one.
  const choose = useCallback(
    (id: string) => {
      setDispatchFocus(0);
      select(id);
    },
    [select],
  );

  useListShortcuts({
    ids: items.map((o) => o.id),
    selectedId,
    onSelect: (id) => {
      choose(id);
      document.getElementById(orderRowId(id))?.scrollIntoView?.({ block: 'nearest' });
    },
    onDispatch: () => setDispatchFocus((n) => n + 1),
    searchRef,
  });

  return (
    <div className="console">
      <section className="console__list" aria-label={t('console.title')}>
        <OrderFilters values={values} onChange={setFilter} onClear={clear} searchRef={searchRef} />
        <SavedFilters values={values} onRecall={apply} />
        {bulkOpen && (
          <BulkDispatchBar
            targets={targets}
            gridNames={gridNames}
            onClear={() => {
              setChecked(new Set());
              setBulkOpen(false);
            }}
            onDispatched={(ids) =>
              setChecked((current) => new Set([...current].filter((id) => !ids.includes(id))))
            }
          />
        )}
        {orders.isPending ? (
          <Loading />
        ) : orders.isError ? (
          <LoadError error={orders.error} onRetry={() => void orders.refetch()} />
        ) : (
          <>
            <p className="muted console__count" aria-live="polite">
              {t('console.results', { total: orders.data.total })}
              <span className="triage__keys">{t('dispatch.keyboardHint')}</span>
            </p>
            <OrderList
              orders={items}
              gridNames={gridNames}
              selectedId={selectedId}
              onSelect={choose}
              checked={checked}
              onToggle={toggle}
            />
          </>
        )}
      </section>
      <section className="console__detail">
        {selectedId ? (
          <OrderDetail key={selectedId} id={selectedId} gridNames={gridNames} dispatchFocus={dispatchFocus} />
        ) : (
          <p className="muted">{t('console.selectHint')}</p>
        )}
      </section>
    </div>
  );
}
