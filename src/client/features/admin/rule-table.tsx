import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { removeRule, STAGES, updateLimit } from '../../lib/admin/settings-draft';
import { AddRuleForm } from './add-rule-form';
import type { EditorProps } from './editor-props';
import { useAdminLabels } from './labels';
import { LimitCell } from './limit-cell';

/** 时限规则: category × priority rows; the '*' rows are the defaults and always stay. */
export function RuleTable({ draft, errors, readOnly, onEdit }: EditorProps): ReactElement {
  const t = useT();
  const labels = useAdminLabels();
  return (
    <section aria-labelledby="admin-rules" className="admin-block">
      <h3 id="admin-rules">{t('admin.rules')}</h3>
      <p className="muted">{t('admin.rules.hint')}</p>
      <table className="table admin-rules" data-testid="rule-table">
        <thead>
          <tr>
            <th scope="col">{t('admin.rules.category')}</th>
            <th scope="col">{t('admin.rules.priority')}</th>
            <th scope="col">{t('admin.rules.signOff')}</th>
            <th scope="col">{t('admin.rules.resolve')}</th>
            {!readOnly && (
              <th scope="col">
                <span className="visually-hidden">{t('admin.rules.remove')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {draft.rules.map((rule, index) => {
            const row = `${labels.category(rule.category)} ${rule.priority}`;
            const isDefault = rule.category === '*';
            return (
              <tr
                key={`${rule.category}/${rule.priority}`}
                data-testid={`rule-${rule.category}-${rule.priority}`}
                className={isDefault ? 'admin-rules__default' : undefined}
              >
                <th scope="row">{labels.category(rule.category)}</th>
                <td className={`priority--${rule.priority}`}>{rule.priority}</td>
                {STAGES.map((stage) => (
                  <td key={stage}>
                    <LimitCell
                      path={`rules.${index}.${stage}`}
                      row={row}
                      stage={stage}
                      limit={rule[stage]}
                      errors={errors}
                      readOnly={readOnly}
                      onChange={(patch) => onEdit((d) => updateLimit(d, index, stage, patch))}
                    />
                  </td>
                ))}
                {!readOnly && (
                  <td>
                    {!isDefault && (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('admin.rules.removeLabel', { row })}
                        onClick={() => onEdit((d) => removeRule(d, index), true)}
                      >
                        {t('admin.rules.remove')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {!readOnly && <AddRuleForm draft={draft} onEdit={onEdit} />}
    </section>
  );
}
