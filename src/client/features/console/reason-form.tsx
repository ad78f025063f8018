import { useId, useState } from 'react';
import type { FormEvent, ReactElement, ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n';

interface ReasonFormProps {
  /** The form's accessible name, usually the action ("驳回延期"). */
  name: string;
  /** The text box's label ("原因", "意见"). */
  label: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (text: string) => void;
  onCancel: () => void;
  /** Fields shown above the text box (the 上报 target level). */
  children?: ReactNode;
}

/** A required reason or comment, checked before anything is sent: the server would refuse a blank one. */
export function ReasonForm({
  name,
  label,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
  children,
}: ReasonFormProps): ReactElement {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [blank, setBlank] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const value = text.trim();
    setBlank(value === '');
    if (value !== '') onSubmit(value);
  }

  return (
    <form className="command-form reason-form" aria-label={name} onSubmit={handleSubmit} noValidate>
      {children}
      <label htmlFor={id} className="field">
        <span>{label}</span>
        <textarea id={id} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {blank && (
        <p className="form-error" role="alert">
          {t('dispatch.textRequired', { label })}
        </p>
      )}
      <div className="command-form__actions">
        <button type="submit" className="primary" disabled={pending}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('command.cancel')}
        </button>
      </div>
    </form>
  );
}
