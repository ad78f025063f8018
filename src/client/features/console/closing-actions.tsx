import { useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { satisfaction } from '../../../shared/schemas/work-order';
import type { Satisfaction } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { useExecuteCommand } from '../../lib/work-orders/execute-command';
import type { WorkOrderDetail } from '../../lib/work-orders/get-work-order';
import { commandErrorText } from './command-error';
import { ReasonForm } from './reason-form';

/** 回访: the citizen's satisfaction closes a verified order (结案). */
function CallbackForm({ order }: { order: WorkOrderDetail }): ReactElement {
  const t = useT();
  const execute = useExecuteCommand(order);
  const [chosen, setChosen] = useState<Satisfaction | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (chosen) execute.mutate({ type: 'close', fields: { satisfaction: chosen } });
  }

  return (
    <form className="closing-form" aria-label={t('closing.callback')} onSubmit={handleSubmit}>
      <fieldset>
        <legend>{t('closing.callbackHint')}</legend>
        {satisfaction.options.map((value) => (
          <label key={value} className="closing-form__choice">
            <input
              type="radio"
              name="satisfaction"
              value={value}
              checked={chosen === value}
              onChange={() => setChosen(value)}
            />
            {t(`satisfaction.${value}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={!chosen || execute.isPending}>
        {t('closing.close')}
      </button>
      {execute.error && (
        <p className="form-error" role="alert">
          {commandErrorText(execute.error, t)}
        </p>
      )}
    </form>
  );
}

/** 重新打开: the centre only, with a reason; the order goes back to triage. */
function ReopenAction({ order }: { order: WorkOrderDetail }): ReactElement {
  const t = useT();
  const execute = useExecuteCommand(order);
  const [open, setOpen] = useState(false);
  return (
    <div>
      {open ? (
        <ReasonForm
          name={t('command.reopen')}
          label={t('form.reason')}
          submitLabel={t('closing.confirmReopen')}
          pending={execute.isPending}
          onSubmit={(reason) =>
            execute.mutate({ type: 'reopen', fields: { reason } }, { onSuccess: () => setOpen(false) })
          }
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {t('command.reopen')}
        </button>
      )}
      {execute.error && (
        <p className="form-error" role="alert">
          {commandErrorText(execute.error, t)}
        </p>
      )}
    </div>
  );
}

/** The end of the loop: 回访 and 结案 for a verified order, 重新打开 for a closed one. */
export function ClosingActions({ order }: { order: WorkOrderDetail }): ReactElement | null {
  const t = useT();
  const canClose = order.status === 'verified' && order.allowedCommands.includes('close');
  const canReopen = order.status === 'closed' && order.allowedCommands.includes('reopen');
  if (!canClose && !canReopen) return null;
  return (
    <section className="closing" aria-labelledby="closing-title" data-testid="closing-actions">
      <h3 id="closing-title">{t(canClose ? 'closing.callback' : 'closing.title')}</h3>
      {order.satisfaction && (
        <p>{t('closing.satisfaction', { value: t(`satisfaction.${order.satisfaction}`) })}</p>
      )}
      {canClose ? <CallbackForm order={order} /> : <ReopenAction order={order} />}
    </section>
  );
}
