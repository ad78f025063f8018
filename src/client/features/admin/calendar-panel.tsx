import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { OversightView } from '../../lib/admin/get-oversight';
import { CalendarImport } from './calendar-import';

interface CalendarPanelProps {
  calendars: OversightView['calendars'];
  missingYears: readonly number[];
  canEdit: boolean;
}

/** 工作日历: the loaded years, a warning for a year still missing, and the import of a new year. */
export function CalendarPanel({ calendars, missingYears, canEdit }: CalendarPanelProps): ReactElement {
  const t = useT();
  return (
    <section aria-labelledby="admin-calendars" className="admin-block">
      <h3 id="admin-calendars">{t('admin.calendars')}</h3>
      {missingYears.map((year) => (
        <p key={year} className="admin-warning" role="alert">
          {t('admin.calendars.missing', { year })}
        </p>
      ))}
      {calendars.length === 0 ? (
        <p className="muted">{t('admin.calendars.empty')}</p>
      ) : (
        <table className="table table--narrow" data-testid="calendars">
          <thead>
            <tr>
              <th scope="col">{t('admin.calendars.year')}</th>
              <th scope="col">{t('admin.calendars.source')}</th>
              <th scope="col" className="num">
                {t('admin.calendars.holidays')}
              </th>
            </tr>
          </thead>
          <tbody>
            {calendars.map((c) => (
              <tr key={c.year}>
                <td className="mono">{c.year}</td>
                <td>{c.source ?? t('app.none')}</td>
                <td className="num">{c.holidays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && <CalendarImport />}
    </section>
  );
}
