import { useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import type { CommandType, WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { Link } from '../../app/router/router';
import { StatusBadge } from '../../components/status-badge';
import { useExecuteCommand } from '../../lib/work-orders/execute-command';
import { commandErrorText } from './command-error';
import { ReasonForm } from './reason-form';

export type ApprovalKind = 'extension' | 'parking' | 'escalation';

const COMMANDS: Record<ApprovalKind, { approve: CommandType; refuse: CommandType | null }> = {
  extension: { approve: 'approve_extension', refuse: 'refuse_extension' },
  parking: { approve: 'approve_parking', refuse: 'refuse_parking' },
  // The county rung: the leader approves by escalating, with a reason; there is no refusal command.
  escalation: { approve: 'escalate', refuse: null },
};

interface ApprovalRowProps {
  kind: ApprovalKind;
  order: WorkOrder;
  /** What is asked (until when, why). */
  children: ReactNode;
  /** False when this viewer may only look (an operator before a county request). */
  canDecide: boolean;
}

/** One request waiting for the centre, with its decision buttons. */
export function ApprovalRow({ kind, order, children, canDecide }: ApprovalRowProps): ReactElement {
  const t = useT();
  const execute = useExecuteCommand(order);
  const [form, setForm] = useState<'approve' | 'refuse' | null>(null);
  const { approve, refuse } = COMMANDS[kind];
  const approveNeedsReason = kind === 'escalation';

  function run(type: CommandType, fields?: Record<string, unknown>): void {
    execute.reset();
    execute.mutate({ type, ...(fields ? { fields } : {}) }, { onSuccess: () => setForm(null) });
  }

  return (
    <li className="approval" data-testid={`approval-${kind}`}>
      <div className="approval__head">
        <Link to={`/console?order=${encodeURIComponent(order.id)}`} className="mono">
          {order.number}
        </Link>
        <StatusBadge status={order.status} />
        <span className="approval__title">{order.title}</span>
      </div>
      <div className="approval__ask">{children}</div>
      {!canDecide ? (
        <p className="flag flag--pending">{t('approvals.waitingLeader')}</p>
      ) : form === null ? (
        <div className="command-bar__buttons">
          <button
            type="button"
            className="primary"
            disabled={execute.isPending}
            onClick={() => (approveNeedsReason ? setForm('approve') : run(approve))}
          >
            {t(`approvals.approve.${kind}`)}
          </button>
          {refuse && (
            <button type="button" disabled={execute.isPending} onClick={() => setForm('refuse')}>
              {t(`approvals.refuse.${kind}`)}
            </button>
          )}
        </div>
      ) : (
        <ReasonForm
          name={t(form === 'approve' ? `approvals.approve.${kind}` : `approvals.refuse.${kind}`)}
          label={t('form.reason')}
          submitLabel={t('command.submit')}
          pending={execute.isPending}
          onSubmit={(reason) => {
            const type = form === 'approve' ? approve : refuse;
            if (type) run(type, { reason });
          }}
          onCancel={() => setForm(null)}
        />
      )}
      {execute.error && (
        <p className="form-error" role="alert">
          {commandErrorText(execute.error, t)}
        </p>
      )}
    </li>
  );
}
