import { useState } from 'react';
import type { ChangeEvent, FormEvent, ReactElement } from 'react';
import { z } from 'zod';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { isApiError } from '../../lib/api-client';
import { useImportCalendar } from '../../lib/admin/post-calendar';

const yearOf = z.object({ year: z.number() });

/**
 * A year's schedule from a file or pasted text. Only the JSON syntax is checked here: the server's
 * validation is the one that counts, and its 400 (with each bad field) is shown as it comes.
 */
export function CalendarImport(): ReactElement {
  const t = useT();
  const importCalendar = useImportCalendar();
  const [text, setText] = useState('');
  const [syntaxError, setSyntaxError] = useState<string | null>(null);
  const [imported, setImported] = useState<number | null>(null);

  function handleFile(e: ChangeEvent<HTMLInputElement>): void {
    const file = e.target.files?.[0];
    if (!file) return;
    void file.text().then(setText, (error: unknown) => setSyntaxError(String(error)));
  }

  function handleSubmit(e: FormEvent): void {
    e.preventDefault();
    setImported(null);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      setSyntaxError(error instanceof Error ? error.message : String(error));
      return;
    }
    setSyntaxError(null);
    importCalendar.mutate(body, {
      onSuccess: () => {
        setImported(yearOf.safeParse(body).data?.year ?? null);
        setText('');
      },
    });
  }

  const error = importCalendar.error;
  const fields = isApiError(error, 400) ? Object.entries(error.body.fields ?? {}) : [];
  return (
    <form className="admin-import" onSubmit={handleSubmit} aria-labelledby="admin-import">
      <h4 id="admin-import">{t('admin.calendars.import')}</h4>
      <p className="muted">{t('admin.calendars.importHint')}</p>
      <label className="field">
        {t('admin.calendars.file')}
        <input type="file" accept="application/json,.json" onChange={handleFile} />
      </label>
      <label className="field">
        {t('admin.calendars.json')}
        <textarea
          rows={8}
          className="mono"
          spellCheck={false}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSyntaxError(null);
            setImported(null);
          }}
        />
      </label>
      <button type="submit" className="primary" disabled={importCalendar.isPending || text.trim() === ''}>
        {importCalendar.isPending ? t('admin.calendars.importing') : t('admin.calendars.submit')}
      </button>
      {syntaxError !== null && (
        <p className="form-error" role="alert">
          {t('admin.calendars.badJson', { message: syntaxError })}
        </p>
      )}
      {error && (
        <div className="form-error admin-import__error" role="alert">
          <span>
            {t('admin.calendars.rejected', {
              message: isApiError(error, 400) ? error.message : describeError(error, t),
            })}
          </span>
          {fields.length > 1 && (
            <ul>
              {fields.map(([path, message]) => (
                <li key={path}>
                  <span className="mono">{path}</span>: {message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {imported !== null && !importCalendar.isPending && !error && (
        <p className="admin-ok" role="status">
          {t('admin.calendars.imported', { year: imported })}
        </p>
      )}
    </form>
  );
}
