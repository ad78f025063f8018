import { useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { Translate } from '../../app/i18n/i18n';
import { LoadError, Loading, describeError } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { isApiError } from '../../lib/api-client';
import { useDuplicates } from '../../lib/triage/get-duplicates';
import { canSuggest, useTriageSuggestion } from '../../lib/triage/get-triage-suggestion';
import { highlightSegments } from '../../lib/triage/highlight';
import { useNow } from '../../lib/use-now';
import { CommandInputError, useExecuteCommand } from '../../lib/work-orders/execute-command';
import type { CommandRequest } from '../../lib/work-orders/execute-command';
import { useWorkOrder } from '../../lib/work-orders/get-work-order';
import type { WorkOrderDetail } from '../../lib/work-orders/get-work-order';
import { DuplicateList } from './duplicate-list';
import { formatAge } from './format-age';
import { isCategoryCode } from './grading-selects';
import { RegisterForm } from './register-form';
import type { Grading } from './register-form';
import { RejectForm } from './reject-form';
import { SuggestionCard } from './suggestion-card';

export type TriageForm = 'register' | 'reject';
export interface TriageDone {
  id: string;
  number: string;
  type: 'register' | 'reject' | 'merge';
}

function commandError(error: Error, t: Translate): string {
  if (error instanceof CommandInputError) return t('command.invalid');
  if (isApiError(error, 409)) return t('command.conflict');
  return t('command.failed', { message: describeError(error, t) });
}

function Fact({ label, children }: { label: string; children: ReactNode }): ReactElement {
  return (
    <div className="detail__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface TriageDetailProps {
  id: string;
  /** The live queue's asOfSeq: duplicate candidates are asked for again when it moves. */
  asOfSeq: number | null;
  gridNames: ReadonlyMap<string, string>;
  form: TriageForm | null;
  onFormChange: (form: TriageForm | null) => void;
  /** The order left the queue through this panel (registered, rejected or merged). */
  onDone: (done: TriageDone) => void;
}

export function TriageDetail(props: TriageDetailProps): ReactElement {
  const query = useWorkOrder(props.id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <TriageOrder {...props} order={query.data} />;
}

function TriageOrder({
  order,
  asOfSeq,
  gridNames,
  form,
  onFormChange,
  onDone,
}: TriageDetailProps & { order: WorkOrderDetail }): ReactElement {
  const t = useT();
  const now = useNow(30_000);
  const execute = useExecuteCommand(order);
  const suggestInput = { description: order.description.trim() || order.title, title: order.title };
  const suggestion = useTriageSuggestion(suggestInput);
  const duplicates = useDuplicates(order.id, asOfSeq);
  // 采用 re-opens 立案 with the suggestion's values, even over what the order already carries.
  const [preferSuggestion, setPreferSuggestion] = useState(0);
  const allowed = new Set(order.allowedCommands);
  const keywords = suggestion.data?.keywords ?? [];
  const none = t('app.none');

  const suggested: Grading = {
    category: isCategoryCode(suggestion.data?.category) ? suggestion.data.category : '',
    priority: suggestion.data?.priority ?? '',
  };
  const own: Grading = { category: order.category ?? '', priority: order.priority ?? '' };
  const [first, second] = preferSuggestion > 0 ? [suggested, own] : [own, suggested];
  const prefill: Grading = {
    category: first.category || second.category,
    priority: first.priority || second.priority,
  };

  function run(request: CommandRequest & { type: TriageDone['type'] }): void {
    execute.reset();
    execute.mutate(request, {
      onSuccess: () => onDone({ id: order.id, number: order.number, type: request.type }),
    });
  }

  function toggle(next: TriageForm): void {
    execute.reset();
    onFormChange(form === next ? null : next);
  }

  return (
    <article
      className="detail triage-detail"
      data-testid="triage-detail"
      aria-labelledby="triage-detail-title"
    >
      <header className="detail__header">
        <span className="mono">{order.number}</span>
        <StatusBadge status={order.status} />
        <span className="muted">{formatAge(t, order.createdAt, now)}</span>
      </header>
      <h2 id="triage-detail-title">{order.title}</h2>
      {order.status !== 'new' && (
        <p className="notice" role="status">
          {t('triage.notInQueue', { status: t(`status.${order.status}`) })}
        </p>
      )}
      {order.description && (
        <p className="detail__description" data-testid="triage-description">
          {highlightSegments(order.description, keywords).map((segment, index) =>
            segment.hit ? <mark key={index}>{segment.text}</mark> : segment.text,
          )}
        </p>
      )}
      <dl className="detail__grid">
        <Fact label={t('order.source')}>{t(`source.${order.source}`)}</Fact>
        <Fact label={t('order.grid')}>
          {order.outOfGrid || !order.gridId ? (
            <span className="flag">{t('order.outOfGrid')}</span>
          ) : (
            (gridNames.get(order.gridId) ?? order.gridId)
          )}
        </Fact>
        <Fact label={t('order.address')}>{order.address ?? none}</Fact>
        <Fact label={t('order.reporter')}>
          {[order.reporter?.name, order.reporter?.phone].filter(Boolean).join(' ') || none}
        </Fact>
      </dl>
      <SuggestionCard
        query={suggestion}
        enabled={canSuggest(suggestInput)}
        onApply={
          allowed.has('register')
            ? () => {
                setPreferSuggestion((n) => n + 1);
                execute.reset();
                onFormChange('register');
              }
            : undefined
        }
      />
      <DuplicateList
        query={duplicates}
        canMerge={allowed.has('merge')}
        pending={execute.isPending}
        onMerge={(candidate) => run({ type: 'merge', fields: { intoId: candidate.id } })}
      />
      <section className="triage-actions" aria-label={t('command.title')}>
        <div className="command-bar__buttons">
          {allowed.has('register') && (
            <button
              type="button"
              className={form === 'register' ? 'is-active' : undefined}
              aria-expanded={form === 'register'}
              disabled={execute.isPending}
              onClick={() => toggle('register')}
            >
              {t('command.register')}
            </button>
          )}
          {allowed.has('reject') && (
            <button
              type="button"
              className={form === 'reject' ? 'is-active' : undefined}
              aria-expanded={form === 'reject'}
              disabled={execute.isPending}
              onClick={() => toggle('reject')}
            >
              {t('command.reject')}
            </button>
          )}
        </div>
        {!allowed.has('register') && !allowed.has('reject') && !allowed.has('merge') && (
          <p className="muted">{t('command.none')}</p>
        )}
        {form === 'register' && allowed.has('register') && (
          <RegisterForm
            key={preferSuggestion}
            prefill={prefill}
            pending={execute.isPending}
            onSubmit={(grading) => run({ type: 'register', fields: grading })}
            onCancel={() => onFormChange(null)}
          />
        )}
        {form === 'reject' && allowed.has('reject') && (
          <RejectForm
            pending={execute.isPending}
            onSubmit={(reason) => run({ type: 'reject', fields: { reason } })}
            onCancel={() => onFormChange(null)}
          />
        )}
        {execute.isPending && <p className="muted">{t('command.pending')}</p>}
        {execute.error && (
          <p className="form-error" role="alert">
            {commandError(execute.error, t)}
          </p>
        )}
      </section>
    </article>
  );
}
