import { useId, useState } from 'react';
import type { FormEvent, ReactElement, ReactNode } from 'react';
import type { CommandType } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { shanghaiLocalToIso } from '../../lib/format-time';

interface FormShellProps {
  label: string;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A command's form: its fields, then submit and cancel, each a full-width thumb target. */
export function FieldForm({ label, pending, onSubmit, onCancel, children }: FormShellProps): ReactElement {
  const t = useT();
  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form className="field-form" aria-label={label} onSubmit={handleSubmit}>
      {children}
      <div className="field-form__actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('command.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('command.cancel')}
        </button>
      </div>
    </form>
  );
}

interface ReasonFormProps {
  type: CommandType;
  pending: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** 退回, 申请挂账, 核查不通过: a reason is all they need. */
export function ReasonForm({ type, pending, onSubmit, onCancel }: ReasonFormProps): ReactElement {
  const t = useT();
  const id = useId();
  const [reason, setReason] = useState('');
  return (
    <FieldForm
      label={t(`command.${type}`)}
      pending={pending}
      onSubmit={() => onSubmit(reason)}
      onCancel={onCancel}
    >
      <label className="field" htmlFor={id}>
        <span>{t('form.reason')}</span>
        <textarea id={id} value={reason} required rows={3} onChange={(e) => setReason(e.target.value)} />
      </label>
    </FieldForm>
  );
}

interface ExtensionFormProps {
  pending: boolean;
  onSubmit: (fields: { until: string; reason: string }) => void;
  onCancel: () => void;
}

/** 申请延期: until when (Shanghai wall-clock time) and why. */
export function ExtensionForm({ pending, onSubmit, onCancel }: ExtensionFormProps): ReactElement {
  const t = useT();
  const id = useId();
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  return (
    <FieldForm
      label={t('command.request_extension')}
      pending={pending}
      onSubmit={() => onSubmit({ until: shanghaiLocalToIso(until) ?? until, reason })}
      onCancel={onCancel}
    >
      <label className="field" htmlFor={`${id}-until`}>
        <span>{t('form.until')}</span>
        <input
          id={`${id}-until`}
          type="datetime-local"
          value={until}
          required
          onChange={(e) => setUntil(e.target.value)}
        />
      </label>
      <label className="field" htmlFor={`${id}-reason`}>
        <span>{t('form.reason')}</span>
        <textarea
          id={`${id}-reason`}
          value={reason}
          required
          rows={3}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
    </FieldForm>
  );
}
