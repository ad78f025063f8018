import { useState } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { categoryCode } from '../../../shared/schemas/town';
import type { CategoryCode } from '../../../shared/schemas/town';
import type { Priority } from '../../../shared/schemas/work-order';
import { addOverride, hasRule, PRIORITIES } from '../../lib/admin/settings-draft';
import type { SettingsDraft } from '../../lib/admin/settings-draft';
import type { DraftChange } from './editor-props';
import { useAdminLabels } from './labels';

interface AddRuleFormProps {
  draft: SettingsDraft;
  onEdit: (change: DraftChange, structural?: boolean) => void;
}

/** A category's own row for one priority, starting from the default row's limits. */
export function AddRuleForm({ draft, onEdit }: AddRuleFormProps): ReactElement {
  const t = useT();
  const labels = useAdminLabels();
  const [category, setCategory] = useState<CategoryCode>('sanitation');
  const [priority, setPriority] = useState<Priority>('P1');
  const exists = hasRule(draft, category, priority);
  return (
    <div className="admin-add-rule">
      <label>
        {t('admin.rules.category')}{' '}
        <select
          value={category}
          onChange={(e) => setCategory(categoryCode.options.find((c) => c === e.target.value) ?? category)}
        >
          {categoryCode.options.map((code) => (
            <option key={code} value={code}>
              {labels.category(code)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('admin.rules.priority')}{' '}
        <select
          value={priority}
          onChange={(e) => setPriority(PRIORITIES.find((p) => p === e.target.value) ?? priority)}
        >
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={exists}
        onClick={() => onEdit((d) => addOverride(d, category, priority), true)}
      >
        {t('admin.rules.add')}
      </button>
      {exists && <span className="muted">{t('admin.rules.exists')}</span>}
    </div>
  );
}
