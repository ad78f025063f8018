import type { ReactElement } from 'react';
import type { Assignee } from '../../shared/schemas/work-order';
import { useT } from '../app/i18n/i18n';
import { useDepartments, useStaff } from '../lib/reference';

export type AssigneeValue = Assignee;

const KINDS: readonly Assignee['kind'][] = ['staff', 'department', 'squad'];

interface AssigneePickerProps {
  gridId: string | null;
  value: AssigneeValue;
  onChange: (value: AssigneeValue) => void;
}

/** Dispatch target: staff of the order's grid, a department, or an enforcement squad. */
export function AssigneePicker({ gridId, value, onChange }: AssigneePickerProps): ReactElement {
  const t = useT();
  const departments = useDepartments();
  const staff = useStaff(gridId, value.kind === 'staff');
  const options =
    value.kind === 'staff'
      ? (staff.data ?? []).map((s) => ({ id: s.id, name: `${s.name} · ${t(`staffRole.${s.role}`)}` }))
      : (departments.data ?? [])
          .filter((d) => (value.kind === 'squad' ? d.kind === 'squad' : d.kind !== 'squad'))
          .map((d) => ({ id: d.id, name: d.name }));

  return (
    <fieldset className="assignee-picker">
      <label className="field">
        <span>{t('form.assigneeKind')}</span>
        <select
          value={value.kind}
          onChange={(e) => onChange({ kind: KINDS.find((k) => k === e.target.value) ?? 'staff', id: '' })}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`assigneeKind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('form.assignee')}</span>
        <select value={value.id} required onChange={(e) => onChange({ ...value, id: e.target.value })}>
          <option value="">{t('command.choose')}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
