import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { OversightSettings } from '../../../shared/schemas/oversight';
import { describeError } from '../../components/query-state';
import { isApiError } from '../../lib/api-client';
import { LaddersEditor } from './ladders-editor';
import { RuleTable } from './rule-table';
import { useSettingsDraft } from './use-settings-draft';
import type { SettingsDraftState } from './use-settings-draft';
import { WorkingHoursEditor } from './working-hours-editor';

/** The rule table, working hours and ladders: one draft, saved together (PUT replaces them all). */
export function SettingsEditor({
  settings,
  readOnly,
}: {
  settings: OversightSettings;
  readOnly: boolean;
}): ReactElement {
  const t = useT();
  const state = useSettingsDraft(settings);
  const props = { draft: state.draft, errors: state.errors, readOnly, onEdit: state.onEdit };
  return (
    <div className="admin-settings">
      {readOnly && <p className="muted">{t('admin.readOnly')}</p>}
      <RuleTable {...props} />
      <WorkingHoursEditor {...props} />
      <LaddersEditor {...props} />
      {!readOnly && <SaveBar state={state} />}
    </div>
  );
}

function SaveBar({ state }: { state: SettingsDraftState }): ReactElement {
  const t = useT();
  const { status, failure } = state;
  const editable = status !== 'clean' && status !== 'saved' && status !== 'saving';
  return (
    <div className="admin-save-bar">
      <button type="button" className="primary" disabled={!editable} onClick={state.save}>
        {status === 'saving' ? t('admin.saving') : t('admin.save')}
      </button>
      <button type="button" disabled={!editable} onClick={state.discard}>
        {t('admin.discard')}
      </button>
      {status === 'dirty' && <span className="muted">{t('admin.unsaved')}</span>}
      {status === 'invalid' && (
        <span className="form-error" role="alert">
          {t('admin.invalid')}
        </span>
      )}
      {status === 'failed' && (
        <span className="form-error" role="alert">
          {t('admin.saveFailed', {
            message: isApiError(failure, 400) ? failure.message : describeError(failure, t),
          })}
        </span>
      )}
      {status === 'saved' && (
        <span className="admin-ok" role="status">
          {t('admin.saved')}
        </span>
      )}
    </div>
  );
}
