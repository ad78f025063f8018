import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';

interface RejectFormProps {
  pending: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** 不予立案: only with a reason, which the caller may later be told and the timeline keeps. */
export function RejectForm({ pending, onSubmit, onCancel }: RejectFormProps): ReactElement {
  const t = useT();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  useEffect(function focusReason() {
    inputRef.current?.focus();
  }, []);

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const text = reason.trim();
    if (!text) {
      setMissing(true);
      return;
    }
    onSubmit(text);
  }

  return (
    <form className="triage-form" aria-label={t('command.reject')} onSubmit={handleSubmit} noValidate>
      <label className="field" htmlFor="triage-reject-reason">
        <span>{t('triage.rejectReason')}</span>
        <textarea
          id="triage-reject-reason"
          ref={inputRef}
          rows={3}
          required
          value={reason}
          aria-invalid={missing ? true : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
        />
      </label>
      {missing && (
        <p className="form-error" role="alert">
          {t('triage.reasonRequired')}
        </p>
      )}
      <div className="command-form__actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('triage.confirmReject')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('command.cancel')}
        </button>
      </div>
    </form>
  );
}
