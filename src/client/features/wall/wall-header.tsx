import type { ReactElement, ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n';
import { ConnectionBanner } from '../../components/connection-banner';
import { DataAge } from '../../components/data-age';
import { formatClock, formatDateTime } from '../../lib/format-time';
import { useNow } from '../../lib/use-now';

export function WallHeader({ extras }: { extras?: ReactNode }): ReactElement {
  const t = useT();
  const now = useNow();
  return (
    <header className="wall__header">
      <h1 className="wall__title">{t('app.townCentre')}</h1>
      <div className="wall__status">
        <ConnectionBanner className="wall__banner" />
        <DataAge />
      </div>
      <time className="wall__clock" dateTime={new Date(now).toISOString()}>
        <span className="wall__date">{formatDateTime(now).slice(0, 10)}</span>
        {formatClock(now)}
      </time>
      {extras && <div className="wall__extras">{extras}</div>}
    </header>
  );
}
