import type { ReactElement, ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n';
import { errorKindOf } from '../../lib/cameras/camera-draft';
import { errorId } from './editor-props';
import { FieldError } from './field-error';

/** The attributes that tie an input to its message when the field has one. */
export function describedBy(path: string, errors: Readonly<Record<string, string>>): object {
  return errors[path] !== undefined
    ? { 'aria-describedby': errorId(`camera-${path}`), 'aria-invalid': true }
    : {};
}

/** A labelled camera field with its validation message, in the user's language where one is known. */
export function CameraField({
  path,
  label,
  errors,
  children,
}: {
  path: string;
  label: string;
  errors: Readonly<Record<string, string>>;
  children: ReactNode;
}): ReactElement {
  const t = useT();
  const raw = errors[path];
  const kind = errorKindOf(path);
  const message = raw === undefined ? undefined : kind === null ? raw : t(`cameras.invalid.${kind}`);
  return (
    <div className="field">
      <label htmlFor={`camera-input-${path}`}>{label}</label>
      {children}
      <FieldError path={`camera-${path}`} message={message} />
    </div>
  );
}
