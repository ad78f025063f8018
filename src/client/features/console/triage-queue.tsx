import { useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { useNow } from '../../lib/use-now';
import { formatAge } from './format-age';

const AGE_TICK_MS = 30_000;
export const triageOptionId = (id: string): string => `triage-option-${id}`;

interface TriageQueueProps {
  orders: readonly WorkOrder[];
  gridNames: ReadonlyMap<string, string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpenRegister: () => void;
}

/** The waiting orders as a listbox: ↑/↓ move the selection, Enter opens 立案 for it. */
export function TriageQueue({
  orders,
  gridNames,
  selectedId,
  onSelect,
  onOpenRegister,
}: TriageQueueProps): ReactElement {
  const t = useT();
  const now = useNow(AGE_TICK_MS);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(function focusQueueOnOpen() {
    // Arriving at the queue (Alt+3 or a click on the tab), the arrow keys work at once.
    listRef.current?.focus();
  }, []);

  useEffect(
    function keepSelectionVisible() {
      if (!selectedId) return;
      document.getElementById(triageOptionId(selectedId))?.scrollIntoView?.({ block: 'nearest' });
    },
    [selectedId],
  );

  function handleKeyDown(event: KeyboardEvent<HTMLUListElement>): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = orders.findIndex((order) => order.id === selectedId);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next =
        index === -1
          ? event.key === 'ArrowDown'
            ? 0
            : orders.length - 1
          : Math.min(orders.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)));
      const order = orders[next];
      if (order) onSelect(order.id);
    } else if (event.key === 'Enter' && index !== -1) {
      event.preventDefault();
      onOpenRegister();
    }
  }

  if (orders.length === 0) return <p className="muted">{t('triage.empty')}</p>;
  return (
    <ul
      ref={listRef}
      className="triage-queue"
      role="listbox"
      tabIndex={0}
      aria-label={t('triage.queue')}
      aria-activedescendant={
        selectedId && contains(orders, selectedId) ? triageOptionId(selectedId) : undefined
      }
      onKeyDown={handleKeyDown}
      data-testid="triage-queue"
    >
      {orders.map((order) => (
        <li
          key={order.id}
          id={triageOptionId(order.id)}
          role="option"
          aria-selected={order.id === selectedId}
          className={`triage-row${order.id === selectedId ? ' is-selected' : ''}`}
          onClick={() => onSelect(order.id)}
          data-testid="triage-row"
        >
          <span className={`triage-row__priority priority priority--${order.priority ?? 'none'}`}>
            {order.priority ? t(`priority.${order.priority}`) : t('triage.noPriority')}
          </span>
          <span className="triage-row__title">{order.title}</span>
          <span className="triage-row__meta">
            <time dateTime={order.createdAt}>{formatAge(t, order.createdAt, now)}</time>
            <span>{t(`source.${order.source}`)}</span>
            {order.outOfGrid || !order.gridId ? (
              <span className="flag">{t('order.outOfGrid')}</span>
            ) : (
              <span>{gridNames.get(order.gridId) ?? order.gridId}</span>
            )}
            <span className="mono">{order.number}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

function contains(orders: readonly WorkOrder[], id: string): boolean {
  return orders.some((order) => order.id === id);
}
