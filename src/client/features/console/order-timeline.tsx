import type { ReactElement } from 'react';
import type { TimelineEntry } from '../../../shared/schemas/event';
import { workOrderStatus } from '../../../shared/schemas/work-order';
import { isMessageKey, useT } from '../../app/i18n/i18n';
import type { Translate } from '../../app/i18n/i18n';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTime } from '../../lib/format-time';

/** The oversight scheduler's own actor (cards, automatic 催办/督办/通报/上报). */
const SYSTEM_USER = 'system';

/** A command's name, else an oversight step's (card, notice, …), else the raw action. */
export function actionLabel(action: string, t: Translate): string {
  for (const key of [`command.${action}`, `dispatch.action.${action}`, `action.${action}`]) {
    if (isMessageKey(key)) return t(key);
  }
  return action;
}

export function actorLabel(actor: TimelineEntry['actor'], t: Translate): string {
  return actor.userId === SYSTEM_USER || actor.username === SYSTEM_USER
    ? t('dispatch.systemActor')
    : actor.username;
}

/** The full history, newest first: who, when, what, and why. */
export function OrderTimeline({ entries }: { entries: readonly TimelineEntry[] }): ReactElement {
  const t = useT();
  if (entries.length === 0) return <p className="muted">{t('timeline.empty')}</p>;
  const newestFirst = [...entries].sort((a, b) => b.seq - a.seq);
  return (
    <ol className="timeline" data-testid="timeline">
      {newestFirst.map((entry) => {
        const status = workOrderStatus.safeParse(entry.status);
        return (
          <li
            key={entry.seq}
            className={`timeline__entry timeline__entry--${entry.action}`}
            data-testid="timeline-entry"
          >
            <time className="timeline__time" dateTime={entry.at}>
              {formatDateTime(entry.at)}
            </time>
            <span className="timeline__action">{actionLabel(entry.action, t)}</span>
            {status.success && <StatusBadge status={status.data} />}
            <span className="timeline__actor">{actorLabel(entry.actor, t)}</span>
            {entry.reason && <p className="timeline__reason">{entry.reason}</p>}
          </li>
        );
      })}
    </ol>
  );
}
