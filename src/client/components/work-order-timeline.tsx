import type { ReactElement } from 'react';
import type { TimelineEntry } from '../../shared/schemas/event';
import { workOrderStatus } from '../../shared/schemas/work-order';
import { isMessageKey, useT } from '../app/i18n/i18n';
import type { Translate } from '../app/i18n/i18n';
import { formatDateTime } from '../lib/format-time';
import { StatusBadge } from './status-badge';

function actionLabel(action: string, t: Translate): string {
  const commandKey = `command.${action}`;
  if (isMessageKey(commandKey)) return t(commandKey);
  const actionKey = `action.${action}`;
  return isMessageKey(actionKey) ? t(actionKey) : action;
}

/** Newest first: the latest step is what an operator looks for. */
export function WorkOrderTimeline({ entries }: { entries: readonly TimelineEntry[] }): ReactElement {
  const t = useT();
  if (entries.length === 0) return <p className="muted">{t('timeline.empty')}</p>;
  const newestFirst = [...entries].sort((a, b) => b.seq - a.seq);
  return (
    <ol className="timeline" data-testid="timeline">
      {newestFirst.map((entry) => {
        const status = workOrderStatus.safeParse(entry.status);
        return (
          <li key={entry.seq} className="timeline__entry" data-testid="timeline-entry">
            <time className="timeline__time" dateTime={entry.at}>
              {formatDateTime(entry.at)}
            </time>
            <span className="timeline__action">{actionLabel(entry.action, t)}</span>
            {status.success && <StatusBadge status={status.data} />}
            <span className="timeline__actor">{entry.actor.username}</span>
            {entry.reason && <p className="timeline__reason">{entry.reason}</p>}
          </li>
        );
      })}
    </ol>
  );
}
