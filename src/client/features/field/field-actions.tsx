import { useState } from 'react';
import type { ReactElement } from 'react';
import type { CommandType } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import type { Translate } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { useFieldCommand } from '../../lib/field/field-command';
import type { FieldWriteResult } from '../../lib/field/field-command';
import { WriteRefused } from '../../lib/offline/offline-queue';
import type { QueuedItem } from '../../lib/offline/offline-queue';
import { CommandInputError } from '../../lib/work-orders/execute-command';
import type { WorkOrderDetail } from '../../lib/work-orders/get-work-order';
import { ExtensionForm, ReasonForm } from './command-forms';
import { actionLabel, refusalReason } from './labels';
import { ResolveForm } from './resolve-form';
import { VerifyEvidence } from './verify-evidence';

/** What a handler or a verifier does on site, in the order of the work. */
const FIELD_COMMANDS = [
  'accept',
  'start',
  'resume',
  'resolve',
  'verify_pass',
  'verify_fail',
  'request_extension',
  'request_parking',
  'return',
] as const satisfies readonly CommandType[];
type FieldCommand = (typeof FIELD_COMMANDS)[number];

/** Commands with nothing to fill in run from their button. */
const DIRECT: ReadonlySet<FieldCommand> = new Set(['accept', 'start', 'resume', 'verify_pass']);
const PRIMARY: ReadonlySet<FieldCommand> = new Set(['accept', 'start', 'resume', 'resolve', 'verify_pass']);

function errorText(error: Error, t: Translate): string {
  if (error instanceof CommandInputError) return t('command.invalid');
  if (error instanceof WriteRefused) return refusalReason(error, t);
  return t('command.failed', { message: describeError(error, t) });
}

interface FieldActionsProps {
  order: WorkOrderDetail;
  /** Writes about this order still waiting in the offline queue. */
  pending: readonly QueuedItem[];
}

export function FieldActions({ order, pending }: FieldActionsProps): ReactElement {
  const t = useT();
  const execute = useFieldCommand(order);
  const [open, setOpen] = useState<FieldCommand | null>(null);
  const [outcome, setOutcome] = useState<FieldWriteResult['status'] | null>(null);
  const commands = FIELD_COMMANDS.filter((type) => order.allowedCommands.includes(type));
  const verifying = commands.includes('verify_pass') || commands.includes('verify_fail');
  // A second command would carry the version on screen, which the queued one is about to change.
  const blocked = pending.length > 0 || execute.isPending;

  function run(type: FieldCommand, fields: Record<string, unknown> = {}): void {
    setOutcome(null);
    execute.mutate(
      { type, fields },
      {
        onSuccess: (result) => {
          setOutcome(result.status);
          setOpen(null);
        },
      },
    );
  }

  function handleClick(type: FieldCommand): void {
    execute.reset();
    setOutcome(null);
    if (DIRECT.has(type)) run(type);
    else setOpen((current) => (current === type ? null : type));
  }

  const formProps = { pending: execute.isPending, onCancel: () => setOpen(null) };
  return (
    <section className="field-actions" aria-label={t('command.title')}>
      {verifying && <VerifyEvidence order={order} />}
      {pending.map((item) => (
        <p key={item.id} className="field-actions__pending" role="status">
          {t('offline.waiting', { action: actionLabel(item.label.action, t) })}
        </p>
      ))}
      {commands.length === 0 ? (
        <p className="muted">{t('command.none')}</p>
      ) : (
        <div className="field-actions__buttons">
          {commands.map((type) => (
            <button
              key={type}
              type="button"
              className={open === type ? 'is-active' : PRIMARY.has(type) ? 'primary' : undefined}
              disabled={blocked}
              aria-expanded={DIRECT.has(type) ? undefined : open === type}
              onClick={() => handleClick(type)}
            >
              {t(`command.${type}`)}
            </button>
          ))}
        </div>
      )}
      {(open === 'return' || open === 'request_parking' || open === 'verify_fail') && (
        <ReasonForm key={open} type={open} {...formProps} onSubmit={(reason) => run(open, { reason })} />
      )}
      {open === 'request_extension' && (
        <ExtensionForm {...formProps} onSubmit={(fields) => run('request_extension', fields)} />
      )}
      {open === 'resolve' && <ResolveForm {...formProps} onSubmit={(fields) => run('resolve', fields)} />}
      {execute.isPending && <p className="muted">{t('command.pending')}</p>}
      {outcome && (
        <p className="field-actions__outcome" role="status">
          {t(outcome === 'sent' ? 'field.sent' : 'offline.queued')}
        </p>
      )}
      {execute.error && (
        <p className="form-error" role="alert">
          {errorText(execute.error, t)}
        </p>
      )}
    </section>
  );
}
