import { useState } from 'react';
import type { ChangeEvent, FormEvent, ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { LayerIssuesError, useImportMapLayers } from '../../lib/admin/post-map-layers';
import type { LayerIssue } from '../../../shared/geo/layer-import';
import { validateLayers } from '../../../shared/geo/validate-layers';
import { LayerIssueList } from './layer-issue-list';

type Layer = 'villages' | 'grids';
type Loaded = { file: string; json: unknown } | { file: string; error: string };

/**
 * 地图图层导入: the town's own village and grid GeoJSON replace the schematic layers. The shared
 * validator runs here first so most mistakes show before anything is sent; the server checks again,
 * and also refuses to drop grids and villages that staff, cameras or squads still belong to.
 */
export function MapImportSection(): ReactElement {
  const t = useT();
  const importLayers = useImportMapLayers();
  const [loaded, setLoaded] = useState<Partial<Record<Layer, Loaded>>>({});
  const [localIssues, setLocalIssues] = useState<LayerIssue[] | null>(null);

  function handleFile(layer: Layer) {
    return (e: ChangeEvent<HTMLInputElement>): void => {
      const file = e.target.files?.[0];
      setLocalIssues(null);
      importLayers.reset();
      if (!file) return setLoaded((prev) => ({ ...prev, [layer]: undefined }));
      void file.text().then(
        (text) => {
          let entry: Loaded;
          try {
            entry = { file: file.name, json: JSON.parse(text) as unknown };
          } catch (error) {
            entry = { file: file.name, error: error instanceof Error ? error.message : String(error) };
          }
          setLoaded((prev) => ({ ...prev, [layer]: entry }));
        },
        (error: unknown) =>
          setLoaded((prev) => ({ ...prev, [layer]: { file: file.name, error: String(error) } })),
      );
    };
  }

  const villages = loaded.villages;
  const grids = loaded.grids;
  const ready = villages !== undefined && grids !== undefined && 'json' in villages && 'json' in grids;

  function handleSubmit(e: FormEvent): void {
    e.preventDefault();
    if (!villages || !grids || !('json' in villages) || !('json' in grids)) return;
    const body = { villages: villages.json, grids: grids.json };
    const checked = validateLayers(body);
    if (!checked.ok) return setLocalIssues(checked.issues);
    setLocalIssues(null);
    importLayers.mutate(body);
  }

  const error = importLayers.error;
  const serverIssues = error instanceof LayerIssuesError ? error.issues : null;
  const result = importLayers.data;
  return (
    <section aria-labelledby="admin-map-import" className="admin-block map-import">
      <h2 id="admin-map-import">{t('mapImport.title')}</h2>
      <p className="muted">{t('mapImport.hint')}</p>
      <p className="admin-notice">{t('mapImport.inUseHint')}</p>
      <form className="admin-import" onSubmit={handleSubmit} aria-label={t('mapImport.title')}>
        <label className="field">
          {t('mapImport.villagesFile')}
          <input
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            onChange={handleFile('villages')}
          />
        </label>
        <label className="field">
          {t('mapImport.gridsFile')}
          <input
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            onChange={handleFile('grids')}
          />
        </label>
        <button type="submit" className="primary" disabled={!ready || importLayers.isPending}>
          {importLayers.isPending ? t('mapImport.submitting') : t('mapImport.submit')}
        </button>
      </form>
      {[villages, grids].map(
        (entry) =>
          entry &&
          'error' in entry && (
            <p key={entry.file} className="form-error" role="alert">
              {t('mapImport.badJson', { file: entry.file, message: entry.error })}
            </p>
          ),
      )}
      {localIssues && (
        <div className="form-error admin-import__error" role="alert">
          <span>{t('mapImport.checkedLocally', { count: localIssues.length })}</span>
          <LayerIssueList issues={localIssues} />
        </div>
      )}
      {serverIssues && (
        <div className="form-error admin-import__error" role="alert">
          <span>{t('mapImport.rejected', { count: serverIssues.length })}</span>
          <LayerIssueList issues={serverIssues} />
        </div>
      )}
      {error && !serverIssues && (
        <p className="form-error" role="alert">
          {t('mapImport.failed', { message: describeError(error, t) })}
        </p>
      )}
      {result && (
        <div className="admin-ok" role="status">
          <p>
            {t('mapImport.done', {
              villages: result.villages,
              grids: result.grids,
              basic: result.basicGrids,
              specialised: result.specialisedGrids,
            })}
          </p>
          {result.addedGridIds.length > 0 && (
            <p>{t('mapImport.added', { ids: result.addedGridIds.join(', ') })}</p>
          )}
          {result.removedGridIds.length > 0 && (
            <p>{t('mapImport.removed', { ids: result.removedGridIds.join(', ') })}</p>
          )}
        </div>
      )}
    </section>
  );
}
