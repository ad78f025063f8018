import { useState } from 'react';
import type { ReactElement } from 'react';
import { nextRung } from '../../../shared/clock/order-clocks';
import { useT } from '../../app/i18n/i18n';
import { useLadders } from '../../lib/dispatch/get-ladders';
import { useExecuteCommand } from '../../lib/work-orders/execute-command';
import type { WorkOrderDetail } from '../../lib/work-orders/get-work-order';
import { commandErrorText } from './command-error';
import { ReasonForm } from './reason-form';

const OVERSIGHT = ['urge', 'supervise', 'escalate'] as const;
type OversightCommand = (typeof OVERSIGHT)[number];

/** 催办 · 督办 · 上报 by hand, where the server allows them now (allowedCommands). */
export function OversightActions({ order }: { order: WorkOrderDetail }): ReactElement | null {
  const t = useT();
  const execute = useExecuteCommand(order);
  const [open, setOpen] = useState<OversightCommand | null>(null);
  const allowed = OVERSIGHT.filter((type) => order.allowedCommands.includes(type));
  const ladders = useLadders(allowed.includes('escalate'));
  // The next rung of the category's ladder (the `*` ladder when it has none of its own).
  const target = ladders ? nextRung(order, ladders) : null;
  if (allowed.length === 0) return null;

  function handleSubmit(type: OversightCommand, text: string): void {
    const fields =
      type === 'escalate' ? { reason: text, ...(target ? { toLevel: target } : {}) } : { comment: text };
    execute.mutate({ type, fields }, { onSuccess: () => setOpen(null) });
  }

  return (
    <div className="oversight-actions" data-testid="oversight-actions">
      <div className="command-bar__buttons">
        {allowed.map((type) => (
          <button
            key={type}
            type="button"
            aria-expanded={open === type}
            className={open === type ? 'is-active' : undefined}
            onClick={() => {
              execute.reset();
              setOpen((current) => (current === type ? null : type));
            }}
          >
            {t(`dispatch.oversight.${type}`)}
          </button>
        ))}
      </div>
      {open && (
        <ReasonForm
          key={open}
          name={t(`dispatch.oversight.${open}`)}
          label={t(open === 'escalate' ? 'form.reason' : 'form.comment')}
          submitLabel={t('command.submit')}
          pending={execute.isPending}
          onSubmit={(text) => handleSubmit(open, text)}
          onCancel={() => setOpen(null)}
        >
          {open === 'escalate' && (
            <p className="muted" data-testid="escalate-target">
              {target
                ? t('dispatch.oversight.escalateTo', { level: t(`escalation.${target}`) })
                : t('dispatch.oversight.escalateNext')}
            </p>
          )}
        </ReasonForm>
      )}
      {execute.error && (
        <p className="form-error" role="alert">
          {commandErrorText(execute.error, t)}
        </p>
      )}
    </div>
  );
}
