import type { ReactElement } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useT } from '../../app/i18n/i18n';
import { confidencePercent } from '../../lib/triage/get-triage-suggestion';
import type { TriageSuggestion } from '../../lib/triage/get-triage-suggestion';
import { useCategoryLabel } from './use-category-label';

interface SuggestionCardProps {
  query: UseQueryResult<TriageSuggestion>;
  /** False while the description is too short to ask: the card then says how to get a suggestion. */
  enabled: boolean;
  onApply?: (suggestion: TriageSuggestion) => void;
  /** The values on screen equal the suggestion: the button says so instead of offering it again. */
  applied?: boolean;
}

/** 智能分类建议: what the keyword rules read in the description, and a button to take it. */
export function SuggestionCard({
  query,
  enabled,
  onApply,
  applied = false,
}: SuggestionCardProps): ReactElement {
  const t = useT();
  const categoryLabel = useCategoryLabel();

  function body(): ReactElement {
    if (!enabled) return <p className="muted">{t('suggest.hint')}</p>;
    if (query.isPending) return <p className="muted">{t('suggest.pending')}</p>;
    if (query.isError) return <p className="muted">{t('suggest.failed')}</p>;
    const suggestion = query.data;
    return (
      <>
        <dl className="suggestion__facts">
          <div>
            <dt>{t('suggest.category')}</dt>
            <dd data-testid="suggested-category">
              {suggestion.category ? categoryLabel(suggestion.category) : t('suggest.none')}
            </dd>
          </div>
          <div>
            <dt>{t('suggest.priority')}</dt>
            <dd className={`priority priority--${suggestion.priority}`}>
              {t(`priority.${suggestion.priority}`)}
            </dd>
          </div>
          <div>
            <dt>{t('suggest.confidenceLabel')}</dt>
            <dd>{t('suggest.confidence', { percent: confidencePercent(suggestion.confidence) })}</dd>
          </div>
        </dl>
        {suggestion.keywords.length > 0 && (
          <p className="suggestion__keywords">
            <span className="muted">{t('suggest.keywords')}</span>
            {suggestion.keywords.map((word) => (
              <mark key={word}>{word}</mark>
            ))}
          </p>
        )}
        {onApply && (
          <button
            type="button"
            className={applied ? undefined : 'primary'}
            disabled={applied || query.isPlaceholderData}
            onClick={() => onApply(suggestion)}
          >
            {applied ? t('suggest.applied') : t('suggest.apply')}
          </button>
        )}
      </>
    );
  }

  return (
    <section className="suggestion" aria-label={t('suggest.title')} aria-live="polite">
      <h3>{t('suggest.title')}</h3>
      {body()}
    </section>
  );
}
