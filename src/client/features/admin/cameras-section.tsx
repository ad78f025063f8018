import { useQuery } from '@tanstack/react-query';
import { Fragment, useDeferredValue, useState } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { can } from '../../../shared/auth/policy';
import { cameraSource, type Camera } from '../../../shared/schemas/town';
import { LoadError, Loading } from '../../components/query-state';
import { useMe } from '../../lib/auth';
import { useCameras } from '../../lib/cameras/get-cameras';
import { gridsQueryOptions } from '../../lib/reference';
import { CameraForm } from './camera-form';
import { CameraImport } from './camera-import';
import { CameraRow } from './camera-row';

const COLUMNS = 7;
type Editing = { kind: 'create' } | { kind: 'edit'; id: string } | null;

/** 摄像头台账: search the cameras this viewer may see; the administrator adds, edits, deletes and imports. */
export function CamerasSection(): ReactElement {
  const t = useT();
  const me = useMe();
  const canEdit = me.data !== undefined && can(me.data.role, 'camera:write');
  const [q, setQ] = useState('');
  const [grid, setGrid] = useState('');
  const [source, setSource] = useState('');
  const filters = { q: useDeferredValue(q.trim()), grid, source };
  const query = useCameras(filters);
  const grids = useQuery(gridsQueryOptions()).data?.items ?? [];
  const gridName = (id: string): string => grids.find((g) => g.grid_id === id)?.name ?? id;
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function handleSaved(saved: Camera): void {
    setEditing(null);
    setNotice(t('cameras.saved', { name: saved.name }));
  }

  const form = (camera: Camera | null): ReactElement => (
    <CameraForm camera={camera} grids={grids} onSaved={handleSaved} onCancel={() => setEditing(null)} />
  );

  return (
    <section aria-labelledby="admin-cameras" className="admin-block admin-cameras">
      <h2 id="admin-cameras">{t('cameras.title')}</h2>
      <p className="muted">{t('cameras.hint')}</p>
      <CameraImport canImport={canEdit} />
      <div className="admin-camera-filters" role="search">
        <input
          type="search"
          aria-label={t('cameras.search')}
          placeholder={t('cameras.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <select aria-label={t('cameras.filterGrid')} value={grid} onChange={(e) => setGrid(e.target.value)}>
          <option value="">
            {t('cameras.filterGrid')}：{t('cameras.all')}
          </option>
          {grids.map((g) => (
            <option key={g.grid_id} value={g.grid_id}>
              {g.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('cameras.filterSource')}
          value={source}
          onChange={(e) => setSource(e.target.value)}
        >
          <option value="">
            {t('cameras.filterSource')}：{t('cameras.all')}
          </option>
          {cameraSource.options.map((s) => (
            <option key={s} value={s}>
              {t(`cameras.source.${s}`)}
            </option>
          ))}
        </select>
        {canEdit && (
          <button
            type="button"
            className="primary"
            disabled={editing !== null}
            onClick={() => {
              setNotice(null);
              setEditing({ kind: 'create' });
            }}
          >
            {t('cameras.create')}
          </button>
        )}
      </div>
      {editing?.kind === 'create' && form(null)}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <p className="muted">{t('cameras.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('cameras.count', { count: query.data.total })}</p>
          <table className="table" data-testid="cameras">
            <thead>
              <tr>
                <th>{t('cameras.col.id')}</th>
                <th>{t('cameras.col.name')}</th>
                <th>{t('cameras.col.grid')}</th>
                <th>{t('cameras.col.source')}</th>
                <th>{t('cameras.col.status')}</th>
                <th>{t('cameras.col.stream')}</th>
                {canEdit && <th>{t('cameras.col.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((c) => (
                <Fragment key={c.id}>
                  <CameraRow
                    camera={c}
                    gridName={gridName(c.gridId)}
                    canEdit={canEdit}
                    busy={editing !== null}
                    onEdit={() => {
                      setNotice(null);
                      setEditing({ kind: 'edit', id: c.id });
                    }}
                    onDeleted={(last) => setNotice(t('cameras.deleted', { name: last.name }))}
                  />
                  {editing?.kind === 'edit' && editing.id === c.id && (
                    <tr>
                      <td colSpan={COLUMNS}>{form(c)}</td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </>
      )}
      {notice !== null && (
        <p className="admin-ok" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}
