import { useMemo, useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { OversightSettings } from '../../../shared/schemas/oversight';
import { isApiError } from '../../lib/api-client';
import { useSaveOversightSettings } from '../../lib/admin/put-oversight';
import { fromDraft, toDraft, validateDraft } from '../../lib/admin/settings-draft';
import type { SettingsDraft } from '../../lib/admin/settings-draft';
import type { DraftChange, FieldErrors } from './editor-props';

export type SaveStatus = 'clean' | 'dirty' | 'invalid' | 'saving' | 'failed' | 'saved';

export interface SettingsDraftState {
  draft: SettingsDraft;
  errors: FieldErrors;
  status: SaveStatus;
  failure: unknown;
  onEdit: (change: DraftChange, structural?: boolean) => void;
  save: () => void;
  discard: () => void;
}

/**
 * The admin's edits over the server's settings. Nothing edited means the server's values are shown
 * as they come (a save elsewhere shows up); the first edit forks a draft, saved as a whole with PUT.
 */
export function useSettingsDraft(settings: OversightSettings): SettingsDraftState {
  const t = useT();
  const mutation = useSaveOversightSettings();
  const base = useMemo(() => toDraft(settings), [settings]);
  const [edited, setEdited] = useState<SettingsDraft | null>(null);
  // Client-side checks speak only after a save was tried, then follow each keystroke.
  const [attempted, setAttempted] = useState(false);
  const [saved, setSaved] = useState(false);
  const draft = edited ?? base;

  const clientErrors = attempted ? validateDraft(draft) : {};
  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const serverFields = isApiError(mutation.error, 400) ? (mutation.error.body.fields ?? {}) : {};
  const errors: Record<string, string> = { ...serverFields };
  for (const [path, code] of Object.entries(clientErrors)) errors[path] = t(`admin.error.${code}`);

  function onEdit(change: DraftChange, structural = false): void {
    setEdited((previous) => change(previous ?? base));
    setSaved(false);
    if (structural) mutation.reset();
  }

  function save(): void {
    setAttempted(true);
    if (Object.keys(validateDraft(draft)).length > 0) return;
    mutation.mutate(fromDraft(draft), {
      onSuccess: () => {
        setEdited(null);
        setAttempted(false);
        setSaved(true);
      },
    });
  }

  function discard(): void {
    setEdited(null);
    setAttempted(false);
    setSaved(false);
    mutation.reset();
  }

  const status: SaveStatus = mutation.isPending
    ? 'saving'
    : hasClientErrors
      ? 'invalid'
      : mutation.isError
        ? 'failed'
        : edited !== null
          ? 'dirty'
          : saved
            ? 'saved'
            : 'clean';
  return { draft, errors, status, failure: mutation.error, onEdit, save, discard };
}
