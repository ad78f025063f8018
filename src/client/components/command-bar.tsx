import { useState } from 'react';
import type { ReactElement } from 'react';
import type { CommandType } from '../../shared/schemas/work-order';
import { useT } from '../app/i18n/i18n';
import type { Translate } from '../app/i18n/i18n';
import { isApiError } from '../lib/api-client';
import { isCommandType, isSimpleCommand } from '../lib/work-orders/command-fields';
import { CommandInputError, useExecuteCommand } from '../lib/work-orders/execute-command';
import type { WorkOrderDetail } from '../lib/work-orders/get-work-order';
import { CommandForm } from './command-form';
import { describeError } from './query-state';

function commandError(error: Error, t: Translate): string {
  if (error instanceof CommandInputError) return t('command.invalid');
  if (isApiError(error, 409)) return t('command.conflict');
  return t('command.failed', { message: describeError(error, t) });
}

type Order = Pick<WorkOrderDetail, 'id' | 'version' | 'gridId' | 'allowedCommands'>;

/**
 * The commands this viewer may run now (the server's allowedCommands). Ones without fields run from
 * their button; the others open a small form for what the contract requires.
 */
export function CommandBar({ order }: { order: Order }): ReactElement {
  const t = useT();
  const execute = useExecuteCommand(order);
  const [open, setOpen] = useState<CommandType | null>(null);
  const commands = order.allowedCommands.filter(isCommandType);

  function handleClick(type: CommandType): void {
    execute.reset();
    if (isSimpleCommand(type)) execute.mutate({ type });
    else setOpen((current) => (current === type ? null : type));
  }

  function handleSubmit(type: CommandType, fields: Record<string, unknown>): void {
    execute.mutate({ type, fields }, { onSuccess: () => setOpen(null) });
  }

  if (commands.length === 0) return <p className="muted">{t('command.none')}</p>;
  return (
    <div className="command-bar">
      <div className="command-bar__buttons">
        {commands.map((type) => (
          <button
            key={type}
            type="button"
            className={open === type ? 'is-active' : undefined}
            disabled={execute.isPending}
            aria-expanded={isSimpleCommand(type) ? undefined : open === type}
            onClick={() => handleClick(type)}
          >
            {t(`command.${type}`)}
          </button>
        ))}
      </div>
      {open && (
        <CommandForm
          key={open}
          type={open}
          gridId={order.gridId}
          pending={execute.isPending}
          onSubmit={(fields) => handleSubmit(open, fields)}
          onCancel={() => setOpen(null)}
        />
      )}
      {execute.isPending && <p className="muted">{t('command.pending')}</p>}
      {execute.error && (
        <p className="form-error" role="alert">
          {commandError(execute.error, t)}
        </p>
      )}
    </div>
  );
}
