import type { ReactElement, ReactNode } from 'react';

interface FormFieldProps {
  /** The control's id; its hint and error get `${id}-hint` / `${id}-error` for aria-describedby. */
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: ReactNode;
}

export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A caption, the control, and its hint and error below it (outside the label, which names only). */
export function FormField({ id, label, hint, error, children }: FormFieldProps): ReactElement {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span id={`${id}-hint`} className="muted field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
