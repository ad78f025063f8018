import { useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import type { Category, Department } from '../../../shared/schemas/town';
import { isApiError } from '../../lib/api-client';
import { categoryFieldErrors, fromCategoryDraft, toCategoryDraft } from '../../lib/admin/category-draft';
import type { CategoryDraft } from '../../lib/admin/category-draft';
import { useSaveCategory } from '../../lib/admin/put-category';
import { errorId } from './editor-props';
import { FieldError } from './field-error';

interface CategoryFormProps {
  category: Category;
  departments: readonly Department[];
  onSaved: (saved: Category) => void;
  onCancel: () => void;
}

/** One category's editable fields; the server validates, and its 400 is shown next to each field. */
export function CategoryForm({ category, departments, onSaved, onCancel }: CategoryFormProps): ReactElement {
  const t = useT();
  const save = useSaveCategory();
  const [draft, setDraft] = useState<CategoryDraft>(() =>
    toCategoryDraft(category, t('admin.cat.examplesSeparator')),
  );
  const fields = isApiError(save.error, 400) ? categoryFieldErrors(save.error.body.fields ?? {}) : {};
  const path = (field: keyof CategoryDraft): string => `category-${category.code}-${field}`;
  const described = (field: keyof CategoryDraft): { 'aria-describedby'?: string; 'aria-invalid'?: true } =>
    fields[field] !== undefined ? { 'aria-describedby': errorId(path(field)), 'aria-invalid': true } : {};
  const inputId = (field: keyof CategoryDraft): string => `admin-${path(field)}`;
  const set = (patch: Partial<CategoryDraft>): void => setDraft((d) => ({ ...d, ...patch }));

  function handleSubmit(e: FormEvent): void {
    e.preventDefault();
    save.mutate({ code: category.code, edit: fromCategoryDraft(draft) }, { onSuccess: onSaved });
  }

  return (
    <form
      className="admin-category-form"
      aria-label={t('admin.cat.formLabel', { code: category.code })}
      onSubmit={handleSubmit}
    >
      <div className="field">
        <label htmlFor={inputId('name')}>{t('admin.cat.name')}</label>
        <input
          id={inputId('name')}
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          {...described('name')}
        />
        <FieldError path={path('name')} message={fields.name} />
      </div>
      <div className="field">
        <label htmlFor={inputId('examples')}>{t('admin.cat.examples')}</label>
        <input
          id={inputId('examples')}
          value={draft.examples}
          onChange={(e) => set({ examples: e.target.value })}
          {...described('examples')}
        />
        <span className="muted">{t('admin.cat.examplesHint')}</span>
        <FieldError path={path('examples')} message={fields.examples} />
      </div>
      <div className="field">
        <label htmlFor={inputId('defaultUnit')}>{t('admin.cat.defaultUnit')}</label>
        <input
          id={inputId('defaultUnit')}
          value={draft.defaultUnit}
          onChange={(e) => set({ defaultUnit: e.target.value })}
          {...described('defaultUnit')}
        />
        <FieldError path={path('defaultUnit')} message={fields.defaultUnit} />
      </div>
      <div className="field">
        <label htmlFor={inputId('defaultDepartmentId')}>{t('admin.cat.defaultDepartment')}</label>
        <select
          id={inputId('defaultDepartmentId')}
          value={draft.defaultDepartmentId}
          onChange={(e) => set({ defaultDepartmentId: e.target.value })}
          {...described('defaultDepartmentId')}
        >
          <option value="">{t('admin.cat.noDepartment')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
          {draft.defaultDepartmentId !== '' &&
            !departments.some((d) => d.id === draft.defaultDepartmentId) && (
              <option value={draft.defaultDepartmentId}>
                {t('admin.cat.unknownDepartment', { id: draft.defaultDepartmentId })}
              </option>
            )}
        </select>
        <FieldError path={path('defaultDepartmentId')} message={fields.defaultDepartmentId} />
      </div>
      <div className="admin-save-bar admin-category-form__bar">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('admin.saving') : t('admin.save')}
        </button>
        <button type="button" onClick={onCancel} disabled={save.isPending}>
          {t('admin.cat.cancel')}
        </button>
        {save.error && (
          <span className="form-error" role="alert">
            {t('admin.saveFailed', { message: describeError(save.error, t) })}
          </span>
        )}
      </div>
    </form>
  );
}
