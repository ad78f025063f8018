import { useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { categoryCode } from '../../shared/schemas/town';
import { priority, satisfaction } from '../../shared/schemas/work-order';
import type { CommandType } from '../../shared/schemas/work-order';
import { isMessageKey, useT } from '../app/i18n/i18n';
import { shanghaiLocalToIso } from '../lib/format-time';
import { commandFields } from '../lib/work-orders/command-fields';
import type { CommandFieldSpec } from '../lib/work-orders/command-fields';
import { AssigneePicker } from './assignee-picker';
import type { AssigneeValue } from './assignee-picker';

interface CommandFormProps {
  type: CommandType;
  gridId: string | null;
  pending: boolean;
  onSubmit: (fields: Record<string, unknown>) => void;
  onCancel: () => void;
}

const ENUM_OPTIONS: Partial<
  Record<CommandFieldSpec['input'], { values: readonly string[]; prefix: string }>
> = {
  category: { values: categoryCode.options, prefix: 'category' },
  priority: { values: priority.options, prefix: 'priority' },
  satisfaction: { values: satisfaction.options, prefix: 'satisfaction' },
};

/** Turns what was typed into the command's fields; the shared schema then judges them before sending. */
function toFields(
  specs: CommandFieldSpec[],
  values: Record<string, string>,
  assignee: AssigneeValue,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const spec of specs) {
    if (spec.input === 'assignee') {
      if (assignee.id) fields[spec.name] = assignee;
      continue;
    }
    const raw = (values[spec.name] ?? '').trim();
    if (raw === '' && spec.optional) continue;
    fields[spec.name] = spec.input === 'datetime' ? (shanghaiLocalToIso(raw) ?? raw) : raw;
  }
  return fields;
}

export function CommandForm({ type, gridId, pending, onSubmit, onCancel }: CommandFormProps): ReactElement {
  const t = useT();
  const specs = commandFields(type);
  const [values, setValues] = useState<Record<string, string>>({});
  const [assignee, setAssignee] = useState<AssigneeValue>({ kind: 'staff', id: '' });

  function optionLabel(key: string, fallback: string): string {
    return isMessageKey(key) ? t(key) : fallback;
  }

  function label(name: string): string {
    return optionLabel(`form.${name}`, name);
  }

  function handleChange(name: string, value: string): void {
    setValues((current) => ({ ...current, [name]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onSubmit(toFields(specs, values, assignee));
  }

  return (
    <form className="command-form" onSubmit={handleSubmit} aria-label={t(`command.${type}`)}>
      {specs.map((spec) => {
        const id = `command-${type}-${spec.name}`;
        const value = values[spec.name] ?? '';
        const options = ENUM_OPTIONS[spec.input];
        if (spec.input === 'assignee') {
          return <AssigneePicker key={spec.name} gridId={gridId} value={assignee} onChange={setAssignee} />;
        }
        return (
          <label key={spec.name} htmlFor={id} className="field">
            <span>{label(spec.name)}</span>
            {options ? (
              <select
                id={id}
                value={value}
                required={!spec.optional}
                onChange={(e) => handleChange(spec.name, e.target.value)}
              >
                <option value="">{t('command.choose')}</option>
                {options.values.map((option) => (
                  <option key={option} value={option}>
                    {optionLabel(`${options.prefix}.${option}`, option)}
                  </option>
                ))}
              </select>
            ) : spec.input === 'textarea' ? (
              <textarea
                id={id}
                value={value}
                required={!spec.optional}
                rows={3}
                onChange={(e) => handleChange(spec.name, e.target.value)}
              />
            ) : (
              <input
                id={id}
                type={spec.input === 'datetime' ? 'datetime-local' : 'text'}
                value={value}
                required={!spec.optional}
                onChange={(e) => handleChange(spec.name, e.target.value)}
              />
            )}
          </label>
        );
      })}
      <div className="command-form__actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('command.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('command.cancel')}
        </button>
      </div>
    </form>
  );
}
