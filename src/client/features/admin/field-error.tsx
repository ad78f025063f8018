import type { ReactElement } from 'react';
import { errorId } from './editor-props';

/** The message next to a field; its id is what the field's aria-describedby points at. */
export function FieldError({
  path,
  message,
}: {
  path: string;
  message: string | undefined;
}): ReactElement | null {
  if (message === undefined) return null;
  return (
    <span id={errorId(path)} className="flag admin-field-error">
      {message}
    </span>
  );
}
