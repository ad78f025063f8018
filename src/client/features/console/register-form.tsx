import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { CategoryCode } from '../../../shared/schemas/town';
import type { Priority } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { GradingSelects } from './grading-selects';

export interface Grading {
  category: CategoryCode | '';
  priority: Priority | '';
}

interface RegisterFormProps {
  /** What to start from; while the operator has not touched the selects, a later prefill replaces it. */
  prefill: Grading;
  pending: boolean;
  onSubmit: (grading: { category: CategoryCode; priority: Priority }) => void;
  onCancel: () => void;
}

/** 立案: the order is taken on with a category and a priority (the deadlines follow from them). */
export function RegisterForm({ prefill, pending, onSubmit, onCancel }: RegisterFormProps): ReactElement {
  const t = useT();
  const [values, setValues] = useState<Grading>(prefill);
  const [seen, setSeen] = useState<Grading>(prefill);
  const [touched, setTouched] = useState(false);
  const [missing, setMissing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // The suggestion may arrive after the form opened: take it unless the operator already chose.
  if (!touched && (prefill.category !== seen.category || prefill.priority !== seen.priority)) {
    setSeen(prefill);
    setValues(prefill);
  }

  useEffect(function focusFirstSelect() {
    // Opened with Enter from the queue: the operator goes on with the keyboard.
    formRef.current?.querySelector('select')?.focus();
  }, []);

  function change(next: Partial<Grading>): void {
    setTouched(true);
    setMissing(false);
    setValues((current) => ({ ...current, ...next }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const { category, priority } = values;
    if (!category || !priority) {
      setMissing(true);
      return;
    }
    onSubmit({ category, priority });
  }

  return (
    <form
      ref={formRef}
      className="triage-form"
      aria-label={t('command.register')}
      onSubmit={handleSubmit}
      noValidate
    >
      <GradingSelects
        idPrefix="triage-register"
        category={values.category}
        priority={values.priority}
        onCategoryChange={(category) => change({ category })}
        onPriorityChange={(priority) => change({ priority })}
        emptyLabel={t('command.choose')}
        required
      />
      {missing && (
        <p className="form-error" role="alert">
          {t('triage.gradingRequired')}
        </p>
      )}
      <div className="command-form__actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('triage.confirmRegister')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('command.cancel')}
        </button>
      </div>
    </form>
  );
}
