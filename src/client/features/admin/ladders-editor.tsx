import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import {
  effectiveLadder,
  LEVELS,
  levelLock,
  setLadder,
  setOwnLadder,
  toggleLevel,
} from '../../lib/admin/ladder';
import { RULE_CATEGORIES } from '../../lib/admin/settings-draft';
import type { RuleCategory } from '../../lib/admin/settings-draft';
import { errorId } from './editor-props';
import type { EditorProps } from './editor-props';
import { FieldError } from './field-error';
import { useAdminLabels } from './labels';

/** 上报层级: per category the levels an overdue order climbs, and when the climb starts. */
export function LaddersEditor({ draft, errors, readOnly, onEdit }: EditorProps): ReactElement {
  const t = useT();
  const days = draft.escalateAfterWorkingDays;
  return (
    <section aria-labelledby="admin-ladders" className="admin-block">
      <h3 id="admin-ladders">{t('admin.ladders')}</h3>
      <p className="muted">{t('admin.ladders.hint')}</p>
      <table className="table table--narrow admin-ladders" data-testid="ladders">
        <thead>
          <tr>
            <th scope="col">{t('admin.rules.category')}</th>
            <th scope="col">{t('admin.ladders.own')}</th>
            {LEVELS.map((level) => (
              <th scope="col" key={level}>
                {t(`admin.level.${level}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {RULE_CATEGORIES.map((category) => (
            <LadderRow
              key={category}
              category={category}
              draft={draft}
              errors={errors}
              readOnly={readOnly}
              onEdit={onEdit}
            />
          ))}
        </tbody>
      </table>
      <div className="field admin-days">
        <label htmlFor="admin-escalate-days">{t('admin.escalateAfter')}</label>
        <input
          id="admin-escalate-days"
          type="number"
          min={1}
          max={30}
          step={1}
          readOnly={readOnly}
          aria-invalid={errors.escalateAfterWorkingDays !== undefined}
          aria-describedby={
            errors.escalateAfterWorkingDays === undefined ? undefined : errorId('escalateAfterWorkingDays')
          }
          value={days}
          onChange={(e) => onEdit((d) => ({ ...d, escalateAfterWorkingDays: e.target.value }))}
        />
        <span className="muted">{t('admin.escalateAfter.hint', { days })}</span>
        <FieldError path="escalateAfterWorkingDays" message={errors.escalateAfterWorkingDays} />
      </div>
    </section>
  );
}

function LadderRow({
  category,
  draft,
  errors,
  readOnly,
  onEdit,
}: EditorProps & { category: RuleCategory }): ReactElement {
  const t = useT();
  const labels = useAdminLabels();
  const name = category === '*' ? t('admin.ladders.default') : labels.category(category);
  const own = category === '*' || draft.ladders[category] !== undefined;
  const ladder = effectiveLadder(draft.ladders, category);
  const path = `ladders.${category}`;
  return (
    <tr data-testid={`ladder-${category}`} className={own ? undefined : 'muted'}>
      <th scope="row">
        {name}
        <FieldError path={path} message={errors[path]} />
      </th>
      <td>
        {category === '*' ? (
          t('app.none')
        ) : (
          <label>
            <input
              type="checkbox"
              checked={own}
              disabled={readOnly}
              aria-label={t('admin.ladders.ownLabel', { category: name })}
              onChange={(e) =>
                onEdit((d) => ({ ...d, ladders: setOwnLadder(d.ladders, category, e.target.checked) }))
              }
            />{' '}
            {own ? null : <span className="muted">{t('admin.ladders.inherits')}</span>}
          </label>
        )}
      </td>
      {LEVELS.map((level) => {
        const lock = own ? levelLock(ladder, level) : null;
        return (
          <td key={level}>
            <input
              type="checkbox"
              checked={ladder.includes(level)}
              disabled={readOnly || !own || lock !== null}
              title={lock === null ? undefined : t(`admin.ladders.${lock}`)}
              aria-label={t('admin.ladders.levelLabel', { category: name, level: t(`admin.level.${level}`) })}
              onChange={(e) =>
                onEdit((d) => ({
                  ...d,
                  ladders: setLadder(
                    d.ladders,
                    category,
                    toggleLevel(effectiveLadder(d.ladders, category), level, e.target.checked),
                  ),
                }))
              }
            />
          </td>
        );
      })}
    </tr>
  );
}
