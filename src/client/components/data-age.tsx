import type { ReactElement } from 'react';
import { useT } from '../app/i18n/i18n';
import { formatClock } from '../lib/format-time';
import { useConnection } from '../realtime/connection-store';

/** "数据时间 hh:mm:ss": the server time of the last event or heartbeat this screen received. */
export function DataAge({ className }: { className?: string }): ReactElement {
  const t = useT();
  const { dataAt, stale } = useConnection();
  return (
    <span
      className={`data-age${stale ? ' data-age--stale' : ''}${className ? ` ${className}` : ''}`}
      data-testid="data-age"
    >
      {t('dataAge.label', { time: dataAt ? formatClock(dataAt) : t('app.none') })}
    </span>
  );
}
