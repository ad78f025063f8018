import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { formatShortDateTime } from '../../lib/format-time';
import { useWorkOrders } from '../../lib/work-orders/get-work-orders';

const HISTORY_LIMIT = 20;

/**
 * The caller's earlier orders (the server's text search covers the reporter's phone). It is a
 * work-order list query, so the realtime bridge keeps it current like every other list.
 */
export function CallerHistory({ phone }: { phone: string }): ReactElement {
  const t = useT();
  const history = useWorkOrders({ q: phone, limit: HISTORY_LIMIT });

  let content: ReactElement;
  // A placeholder is the previous number's history: never show it under this one.
  if (history.isPending || history.isPlaceholderData) content = <Loading />;
  else if (history.isError)
    content = <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  else {
    // The form resets once its order is created, so whatever the search finds came before this call.
    const earlier = history.data.items;
    const total = history.data.total;
    content = (
      <>
        <p className="caller-history__summary">
          {earlier.length > 0 && <span className="repeat-badge">{t('intake.repeatCaller')}</span>}
          <span className="muted">
            {earlier.length > 0 ? t('intake.historyCount', { count: total }) : t('intake.historyNone')}
          </span>
        </p>
        {earlier.length > 0 && (
          <ul className="caller-history__list" data-testid="caller-history">
            {earlier.map((order) => (
              <li key={order.id}>
                <span className="mono">{order.number}</span>
                <span className="caller-history__title">{order.title}</span>
                <StatusBadge status={order.status} />
                <time dateTime={order.createdAt}>{formatShortDateTime(order.createdAt)}</time>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <section className="caller-history" aria-label={t('intake.history')} aria-live="polite">
      <h3>{t('intake.history')}</h3>
      {content}
    </section>
  );
}
