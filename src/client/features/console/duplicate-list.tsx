import { useState } from 'react';
import type { ReactElement } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import type { DuplicateCandidate, DuplicatesResponse } from '../../lib/triage/get-duplicates';

interface DuplicateListProps {
  query: UseQueryResult<DuplicatesResponse>;
  /** The viewer may merge this order now (its allowedCommands include merge). */
  canMerge: boolean;
  pending: boolean;
  onMerge: (candidate: DuplicateCandidate) => void;
}

/** 疑似重复: orders nearby in the same category, or from the same caller; merging asks twice. */
export function DuplicateList({ query, canMerge, pending, onMerge }: DuplicateListProps): ReactElement {
  const t = useT();
  const [confirming, setConfirming] = useState<string | null>(null);

  let content: ReactElement;
  if (query.isPending) content = <Loading />;
  else if (query.isError) content = <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0) content = <p className="muted">{t('triage.noDuplicates')}</p>;
  else {
    content = (
      <ul className="duplicate-list" data-testid="duplicate-list">
        {query.data.items.map((candidate) => (
          <li key={candidate.id} className="duplicate-list__item">
            <div className="duplicate-list__head">
              <span className="mono">{candidate.number}</span>
              <StatusBadge status={candidate.status} />
              <span className="duplicate-list__title">{candidate.title}</span>
            </div>
            <div className="duplicate-list__why">
              {candidate.reasons.map((reason) => (
                <span key={reason} className="chip">
                  {t(`triage.reason.${reason}`)}
                </span>
              ))}
              {candidate.distanceM !== null && (
                <span className="muted">
                  {t('triage.distance', { meters: Math.round(candidate.distanceM) })}
                </span>
              )}
              <span className="muted">
                {t('triage.minutesApart', { minutes: Math.round(Math.abs(candidate.minutesApart)) })}
              </span>
            </div>
            {canMerge &&
              (confirming === candidate.id ? (
                <div className="duplicate-list__actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={pending}
                    onClick={() => onMerge(candidate)}
                  >
                    {t('triage.confirmMerge', { number: candidate.number })}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('command.cancel')}
                  </button>
                </div>
              ) : (
                <div className="duplicate-list__actions">
                  <button type="button" disabled={pending} onClick={() => setConfirming(candidate.id)}>
                    {t('triage.mergeInto')}
                  </button>
                </div>
              ))}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="duplicates" aria-label={t('triage.duplicates')}>
      <h3>{t('triage.duplicates')}</h3>
      {content}
    </section>
  );
}
