import type { ReactElement } from 'react';
import type { WorkOrderStatus } from '../../shared/schemas/work-order';
import { useT } from '../app/i18n/i18n';

export function StatusBadge({ status }: { status: WorkOrderStatus }): ReactElement {
  const t = useT();
  return <span className={`status-badge status-badge--${status}`}>{t(`status.${status}`)}</span>;
}
