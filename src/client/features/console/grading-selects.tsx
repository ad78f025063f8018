import type { ReactElement } from 'react';
import { categoryCode } from '../../../shared/schemas/town';
import type { CategoryCode } from '../../../shared/schemas/town';
import { priority as priorityEnum } from '../../../shared/schemas/work-order';
import type { Priority } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { FormField, describedBy } from './form-field';
import { useCategoryLabel } from './use-category-label';

export function isCategoryCode(value: string | null | undefined): value is CategoryCode {
  return categoryCode.safeParse(value).success;
}

interface GradingSelectsProps {
  idPrefix: string;
  category: CategoryCode | '';
  priority: Priority | '';
  onCategoryChange: (value: CategoryCode | '') => void;
  onPriorityChange: (value: Priority | '') => void;
  /** The empty choice's label: "not yet" in intake, "choose" where the value is required. */
  emptyLabel: string;
  required?: boolean;
  categoryError?: string;
  priorityError?: string;
}

/** Category and priority, side by side: how an order is graded at intake and at 立案. */
export function GradingSelects(props: GradingSelectsProps): ReactElement {
  const t = useT();
  const categoryLabel = useCategoryLabel();
  const { idPrefix, emptyLabel, required = false } = props;

  return (
    <div className="grading-selects">
      <FormField id={`${idPrefix}-category`} label={t('form.category')} error={props.categoryError}>
        <select
          id={`${idPrefix}-category`}
          value={props.category}
          required={required}
          aria-invalid={props.categoryError ? true : undefined}
          aria-describedby={describedBy(`${idPrefix}-category`, false, props.categoryError)}
          onChange={(e) => props.onCategoryChange(isCategoryCode(e.target.value) ? e.target.value : '')}
        >
          <option value="">{emptyLabel}</option>
          {categoryCode.options.map((code) => (
            <option key={code} value={code}>
              {categoryLabel(code)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={`${idPrefix}-priority`} label={t('form.priority')} error={props.priorityError}>
        <select
          id={`${idPrefix}-priority`}
          value={props.priority}
          required={required}
          aria-invalid={props.priorityError ? true : undefined}
          aria-describedby={describedBy(`${idPrefix}-priority`, false, props.priorityError)}
          onChange={(e) => {
            const parsed = priorityEnum.safeParse(e.target.value);
            props.onPriorityChange(parsed.success ? parsed.data : '');
          }}
        >
          <option value="">{emptyLabel}</option>
          {priorityEnum.options.map((value) => (
            <option key={value} value={value}>
              {t(`priority.${value}`)}
            </option>
          ))}
        </select>
      </FormField>
    </div>
  );
}
