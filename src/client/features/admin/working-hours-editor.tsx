import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { WorkingPeriod } from '../../../shared/schemas/calendar';
import { appendPeriod } from '../../lib/admin/settings-draft';
import { errorId } from './editor-props';
import type { EditorProps } from './editor-props';
import { FieldError } from './field-error';

type End = keyof WorkingPeriod;
const ENDS: readonly End[] = ['start', 'end'];

/** 工作时间: the periods of a working day that working-time limits count. */
export function WorkingHoursEditor({ draft, errors, readOnly, onEdit }: EditorProps): ReactElement {
  const t = useT();
  const periods = draft.workingHours;
  const setTime = (index: number, end: End, value: string): void =>
    onEdit((d) => ({
      ...d,
      workingHours: d.workingHours.map((p, i) => (i === index ? { ...p, [end]: value.trim() } : p)),
    }));
  return (
    <section aria-labelledby="admin-hours" className="admin-block">
      <h3 id="admin-hours">{t('admin.hours')}</h3>
      <p className="muted">{t('admin.hours.hint')}</p>
      {readOnly ? (
        <p data-testid="working-hours">{periods.map((p) => `${p.start}–${p.end}`).join(' / ')}</p>
      ) : (
        <>
          <ol className="admin-hours" data-testid="working-hours">
            {periods.map((period, index) => (
              // Periods have no identity but their position; the inputs are controlled, so index keys hold.
              <li key={index}>
                {ENDS.map((end) => {
                  const path = `workingHours.${index}.${end}`;
                  return (
                    <span key={end} className="admin-hours__time">
                      <input
                        type="text"
                        inputMode="numeric"
                        placeholder="HH:mm"
                        maxLength={5}
                        size={5}
                        aria-label={t(end === 'start' ? 'admin.hours.startLabel' : 'admin.hours.endLabel', {
                          n: index + 1,
                        })}
                        aria-invalid={errors[path] !== undefined}
                        aria-describedby={errors[path] === undefined ? undefined : errorId(path)}
                        value={period[end]}
                        onChange={(e) => setTime(index, end, e.target.value)}
                      />
                      <FieldError path={path} message={errors[path]} />
                    </span>
                  );
                })}
                <button
                  type="button"
                  className="link-button"
                  disabled={periods.length === 1}
                  aria-label={t('admin.hours.removeLabel', { n: index + 1 })}
                  onClick={() =>
                    onEdit(
                      (d) => ({ ...d, workingHours: d.workingHours.filter((_, i) => i !== index) }),
                      true,
                    )
                  }
                >
                  {t('admin.rules.remove')}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => onEdit((d) => ({ ...d, workingHours: appendPeriod(d.workingHours) }), true)}
          >
            {t('admin.hours.add')}
          </button>
        </>
      )}
      <FieldError path="workingHours" message={errors.workingHours} />
    </section>
  );
}
