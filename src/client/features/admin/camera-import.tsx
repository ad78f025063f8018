import { useState } from 'react';
import type { ChangeEvent, FormEvent, ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { camerasExportUrl } from '../../lib/cameras/export-cameras';
import { formatOf, importRowErrors, useImportCameras } from '../../lib/cameras/import-cameras';

/** Export links and the import form: JSON or CSV, all rows or none, with the refused rows listed. */
export function CameraImport({ canImport }: { canImport: boolean }): ReactElement {
  const t = useT();
  const importCameras = useImportCameras();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);

  function handleFile(e: ChangeEvent<HTMLInputElement>): void {
    const chosen = e.target.files?.[0];
    importCameras.reset();
    if (!chosen) return setFile(null);
    void chosen.text().then((text) => setFile({ name: chosen.name, text }));
  }

  function handleSubmit(e: FormEvent): void {
    e.preventDefault();
    if (file) importCameras.mutate({ text: file.text, format: formatOf(file.name) });
  }

  const rows = importRowErrors(importCameras.error);
  const result = importCameras.data;
  return (
    <div className="admin-camera-io">
      <p>
        <a className="button" href={camerasExportUrl('csv')} download>
          {t('cameras.exportCsv')}
        </a>{' '}
        <a className="button" href={camerasExportUrl('json')} download>
          {t('cameras.exportJson')}
        </a>
      </p>
      {canImport && (
        <form className="admin-import" aria-label={t('cameras.import')} onSubmit={handleSubmit}>
          <p className="muted">{t('cameras.importHint')}</p>
          <label className="field">
            {t('cameras.importFile')}
            <input type="file" accept=".csv,.json,text/csv,application/json" onChange={handleFile} />
          </label>
          <button type="submit" className="primary" disabled={!file || importCameras.isPending}>
            {importCameras.isPending ? t('cameras.importing') : t('cameras.importSubmit')}
          </button>
        </form>
      )}
      {rows.length > 0 && (
        <div className="form-error admin-import__error" role="alert">
          <span>{t('cameras.importRejected', { count: rows.length })}</span>
          <ul>
            {rows.map((r) => (
              <li key={r.row}>{t('cameras.importRow', { row: r.row, reason: r.reason })}</li>
            ))}
          </ul>
        </div>
      )}
      {importCameras.error && rows.length === 0 && (
        <p className="form-error" role="alert">
          {t('cameras.importFailed', { message: describeError(importCameras.error, t) })}
        </p>
      )}
      {result && (
        <p className="admin-ok" role="status">
          {t('cameras.importDone', result)}
        </p>
      )}
    </div>
  );
}
