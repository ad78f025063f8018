import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { formatClock } from '../../lib/format-time';
import { useGridNames } from '../../lib/reference';
import type { TickerEntry } from '../../realtime/ticker-store';
import { isAlarming } from './use-wall-alarm';

/** Entries shown at once: the strip holds about this many at 1080p; older ones drop off. */
const VISIBLE = 14;

function TickerItem({ entry }: { entry: TickerEntry }): ReactElement {
  const t = useT();
  const grids = useGridNames();
  const isOrder = entry.kind === 'created' || entry.kind === 'escalated' || entry.kind === 'supervised';
  const detail = isOrder ? entry.detail : entry.detail ? (grids.get(entry.detail) ?? entry.detail) : null;
  return (
    <li
      className={`wall-ticker__item wall-ticker__item--${entry.kind}${isAlarming(entry) ? ' wall-flash' : ''}`}
      data-order-id={isOrder ? entry.entityId : undefined}
      data-camera-id={isOrder ? undefined : entry.entityId}
      data-kind={entry.kind}
    >
      <time className="wall-ticker__time" dateTime={entry.at}>
        {formatClock(entry.at).slice(0, 5)}
      </time>
      <span className="wall-ticker__kind">
        {entry.kind === 'escalated' && entry.level
          ? t('wall.ticker.escalatedTo', { level: t(`wall.level.${entry.level}`) })
          : t(`wall.ticker.${entry.kind}`)}
      </span>
      {entry.priority && (
        <span className={`wall-ticker__priority priority-${entry.priority}`}>{entry.priority}</span>
      )}
      <span className="wall-ticker__title">{entry.title}</span>
      {detail && <span className="wall-ticker__detail">{detail}</span>}
    </li>
  );
}

/** 滚动播报: new orders, escalations, supervisions and camera alerts, newest first, as they happen. */
export function WallTicker({ entries }: { entries: readonly TickerEntry[] }): ReactElement {
  const t = useT();
  return (
    <section
      className="wall-ticker"
      data-testid="wall-ticker"
      aria-live="polite"
      aria-label={t('wall.ticker.title')}
    >
      <h2 className="wall-ticker__label">{t('wall.ticker.title')}</h2>
      {entries.length === 0 ? (
        <p className="wall-ticker__empty">{t('wall.ticker.empty')}</p>
      ) : (
        <ol className="wall-ticker__items">
          {entries.slice(0, VISIBLE).map((entry) => (
            <TickerItem key={entry.seq} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
