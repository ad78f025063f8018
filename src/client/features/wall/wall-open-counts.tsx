import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { StatusCountGrid } from '../../components/status-count-grid';
import { useWorkOrderStats } from '../../lib/work-orders/get-work-order-stats';

/** Open orders by status from /api/stats/work-orders; the bridge refetches it as events arrive. */
export function WallOpenCounts(): ReactElement {
  const t = useT();
  const stats = useWorkOrderStats();
  return (
    <section className="wall__panel wall__counts" aria-labelledby="wall-counts-title">
      <h2 id="wall-counts-title">{t('wall.openByStatus')}</h2>
      {stats.isPending ? (
        <Loading />
      ) : stats.isError ? (
        <LoadError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <>
          <div className="wall__totals">
            <div className="wall__total" data-testid="open-total">
              <span>{t('wall.openTotal')}</span>
              <strong>{stats.data.open}</strong>
            </div>
            <div className="wall__total wall__total--muted" data-testid="all-total">
              <span>{t('wall.total')}</span>
              <strong>{stats.data.total}</strong>
            </div>
          </div>
          <StatusCountGrid byStatus={stats.data.byStatus} className="wall__status-grid" />
        </>
      )}
    </section>
  );
}
