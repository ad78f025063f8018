import type { ReactElement } from 'react';
import type { WorkOrderStatus } from '../../shared/schemas/work-order';
import { useT } from '../app/i18n/i18n';
import { OPEN_STATUSES } from '../lib/work-orders/status-groups';

interface StatusCountGridProps {
  byStatus: Readonly<Record<string, number>>;
  statuses?: readonly WorkOrderStatus[];
  className?: string;
}

/** One big figure per status; statuses the server did not count are shown as 0, not hidden. */
export function StatusCountGrid({
  byStatus,
  statuses = OPEN_STATUSES,
  className,
}: StatusCountGridProps): ReactElement {
  const t = useT();
  return (
    <dl className={`status-counts${className ? ` ${className}` : ''}`}>
      {statuses.map((status) => (
        <div
          key={status}
          className={`status-counts__cell status-counts__cell--${status}`}
          data-testid={`count-${status}`}
        >
          <dt>{t(`status.${status}`)}</dt>
          <dd>{byStatus[status] ?? 0}</dd>
        </div>
      ))}
    </dl>
  );
}
