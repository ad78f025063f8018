import type { SettingsDraft } from '../../lib/admin/settings-draft';

export type DraftChange = (draft: SettingsDraft) => SettingsDraft;

/** Messages by the server's dotted field path (`rules.3.resolve.amount`), already in the user's language. */
export type FieldErrors = Readonly<Record<string, string>>;

/** What every part of the settings editor gets: one draft, saved together with one PUT. */
export interface EditorProps {
  draft: SettingsDraft;
  errors: FieldErrors;
  readOnly: boolean;
  /** `structural` changes (rows added or removed) move indices, so the server's field errors are dropped. */
  onEdit: (change: DraftChange, structural?: boolean) => void;
}

/** A stable element id for a field path, for aria-describedby. */
export function errorId(path: string): string {
  return `admin-error-${path.replace(/[^\w-]/g, '-')}`;
}
