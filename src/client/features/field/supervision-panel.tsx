import { useId, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { describeError, LoadError, Loading } from '../../components/query-state';
import { useAnswerSupervision, useOpenSupervisions } from '../../lib/field/supervisions';
import type { Supervision } from '../../lib/field/supervisions';
import { formatDateTime } from '../../lib/format-time';
import { useWorkOrder } from '../../lib/work-orders/get-work-order';

function SupervisionCard({
  item,
  onOpenOrder,
}: {
  item: Supervision;
  onOpenOrder: (id: string) => void;
}): ReactElement {
  const t = useT();
  const id = useId();
  const answer = useAnswerSupervision();
  const order = useWorkOrder(item.orderId);
  const [text, setText] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    answer.mutate({ id: item.id, answer: text.trim() });
  }

  return (
    <article className="field-supervision" data-testid="supervision">
      {order.data && (
        <h2 className="field-supervision__order">
          <span className="mono">{order.data.number}</span> {order.data.title}
        </h2>
      )}
      <p className="muted">{t('field.openedAt', { time: formatDateTime(item.openedAt) })}</p>
      <p className="field-supervision__reason">{item.reason}</p>
      <button type="button" className="link-button" onClick={() => onOpenOrder(item.orderId)}>
        {t('field.viewOrder')}
      </button>
      <form className="field-form" onSubmit={handleSubmit} aria-label={t('field.answer')}>
        <label className="field" htmlFor={id}>
          <span>{t('field.answer')}</span>
          <textarea id={id} value={text} required rows={3} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="field-form__actions">
          <button type="submit" className="primary" disabled={answer.isPending || text.trim() === ''}>
            {t('field.answerSubmit')}
          </button>
        </div>
        {answer.error && (
          <p className="form-error" role="alert">
            {t('command.failed', { message: describeError(answer.error, t) })}
          </p>
        )}
      </form>
    </article>
  );
}

/** 督办: supervisions opened against my unit that still wait for our answer. */
export function SupervisionPanel({ onOpenOrder }: { onOpenOrder: (id: string) => void }): ReactElement {
  const t = useT();
  const supervisions = useOpenSupervisions();
  return (
    <div className="field-supervisions">
      <h1 className="field-page__title">{t('field.tab.supervise')}</h1>
      {supervisions.isPending ? (
        <Loading />
      ) : supervisions.isError ? (
        <LoadError error={supervisions.error} onRetry={() => void supervisions.refetch()} />
      ) : supervisions.data.length === 0 ? (
        <p className="muted field-empty">{t('field.supervisionsEmpty')}</p>
      ) : (
        supervisions.data.map((item) => (
          <SupervisionCard key={item.id} item={item} onOpenOrder={onOpenOrder} />
        ))
      )}
    </div>
  );
}
