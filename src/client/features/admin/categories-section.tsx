import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { can } from '../../../shared/auth/policy';
import type { Category, CategoryCode } from '../../../shared/schemas/town';
import { LoadError, Loading } from '../../components/query-state';
import { useMe } from '../../lib/auth';
import { useDepartments } from '../../lib/reference';
import { categoriesQueryOptions } from '../../lib/triage/get-categories';
import { CategoryForm } from './category-form';

const COLUMNS = 5;

/** 事件类别: the centre reads the town's categories; an administrator edits one row at a time. */
export function CategoriesSection(): ReactElement {
  const t = useT();
  const query = useQuery(categoriesQueryOptions());
  const departments = useDepartments();
  const me = useMe();
  const canEdit = me.data !== undefined && can(me.data.role, 'settings:write');
  const [editing, setEditing] = useState<CategoryCode | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const departmentList = departments.data ?? [];
  const departmentName = (id: string | null): string =>
    id === null
      ? t('admin.cat.noDepartment')
      : (departmentList.find((d) => d.id === id)?.name ?? t('admin.cat.unknownDepartment', { id }));

  function handleSaved(category: Category): void {
    setEditing(null);
    setSaved(category.name);
  }

  return (
    <section aria-labelledby="admin-categories" className="admin-categories">
      <h2 id="admin-categories">{t('admin.categories')}</h2>
      <p className="muted">{t('admin.cat.hint')}</p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <p className="muted">{t('admin.cat.empty')}</p>
      ) : (
        <table className="table" data-testid="categories">
          <thead>
            <tr>
              <th>{t('admin.cat.code')}</th>
              <th>{t('admin.cat.name')}</th>
              <th>{t('admin.cat.examples')}</th>
              <th>{t('admin.cat.defaultUnit')}</th>
              <th>{t('admin.cat.defaultDepartment')}</th>
              {canEdit && <th>{t('admin.cat.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {query.data.items.map((c) => (
              <Fragment key={c.code}>
                <tr data-testid={`category-${c.code}`}>
                  <td className="mono">{c.code}</td>
                  <td>{c.name}</td>
                  <td>{c.examples.join(t('admin.cat.examplesSeparator'))}</td>
                  <td>{c.defaultUnit}</td>
                  <td>{departmentName(c.defaultDepartmentId)}</td>
                  {canEdit && (
                    <td>
                      <button
                        type="button"
                        aria-label={t('admin.cat.editLabel', { name: c.name })}
                        disabled={editing !== null}
                        onClick={() => {
                          setSaved(null);
                          setEditing(c.code);
                        }}
                      >
                        {t('admin.cat.edit')}
                      </button>
                    </td>
                  )}
                </tr>
                {canEdit && editing === c.code && (
                  <tr>
                    <td colSpan={COLUMNS + 1}>
                      <CategoryForm
                        category={c}
                        departments={departmentList}
                        onSaved={handleSaved}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      {saved !== null && (
        <p className="admin-ok" role="status">
          {t('admin.cat.saved', { name: saved })}
        </p>
      )}
    </section>
  );
}
