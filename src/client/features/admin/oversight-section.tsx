import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { can } from '../../../shared/auth/policy';
import { LoadError, Loading } from '../../components/query-state';
import { useOversight } from '../../lib/admin/get-oversight';
import { useMe } from '../../lib/auth';
import { CalendarPanel } from './calendar-panel';
import { SettingsEditor } from './settings-editor';

/** 时限与督办: everyone on the centre reads it, only an administrator changes it (the server enforces that). */
export function OversightSection(): ReactElement {
  const t = useT();
  const query = useOversight();
  const me = useMe();
  const canEdit = me.data !== undefined && can(me.data.role, 'settings:write');
  return (
    <section aria-labelledby="admin-oversight" className="admin-oversight">
      <h2 id="admin-oversight">{t('admin.oversight')}</h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <SettingsEditor settings={query.data.settings} readOnly={!canEdit} />
          <CalendarPanel
            calendars={query.data.calendars}
            missingYears={query.data.missingYears}
            canEdit={canEdit}
          />
        </>
      )}
    </section>
  );
}
