import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { useOrderSupervisions } from '../../lib/dispatch/get-supervisions';
import { formatDateTime } from '../../lib/format-time';

/** The order's supervisions (督办): what was asked, and the unit's answer once given. */
export function OrderSupervisions({ orderId, version }: { orderId: string; version: number }): ReactElement {
  const t = useT();
  const query = useOrderSupervisions(orderId, version);
  if (query.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (query.isError)
    return <p className="muted">{t('app.loadFailed', { message: describeError(query.error, t) })}</p>;
  if (query.data.length === 0) return <p className="muted">{t('dispatch.supervisions.none')}</p>;
  return (
    <ul className="supervisions" data-testid="supervisions">
      {query.data.map((s) => (
        <li key={s.id} className={s.answeredAt ? 'supervision' : 'supervision is-open'}>
          <p>
            <time dateTime={s.openedAt}>{formatDateTime(s.openedAt)}</time>{' '}
            <span className={s.answeredAt ? 'flag' : 'flag flag--pending'}>
              {t(s.answeredAt ? 'dispatch.supervisions.answered' : 'dispatch.supervisions.open')}
            </span>
          </p>
          <p className="supervision__reason">{s.reason}</p>
          {s.answeredAt && (
            <p className="supervision__answer">
              {t('dispatch.supervisions.answer', {
                time: formatDateTime(s.answeredAt),
                by: s.answeredBy ?? t('app.none'),
                answer: s.answer ?? '',
              })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
