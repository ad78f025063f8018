import { useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { useIssueKioskToken } from '../../lib/admin/kiosk-tokens';
import type { IssuedKioskToken } from '../../../shared/schemas/kiosk';

type CopyState = 'idle' | 'copied' | 'failed';

/** The new token's URL, shown this once, with a copy button; gone when the administrator dismisses it. */
function IssuedUrl({ issued, onDismiss }: { issued: IssuedKioskToken; onDismiss: () => void }): ReactElement {
  const t = useT();
  const [copy, setCopy] = useState<CopyState>('idle');
  const url = `${window.location.origin}${issued.path}`;

  function handleCopy(): void {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return setCopy('failed');
    clipboard.writeText(url).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  }

  return (
    <div className="admin-notice kiosk-issued" role="status">
      <p>{t('kiosk.admin.issued', { name: issued.name })}</p>
      <label className="field">
        {t('kiosk.admin.url')}
        <input className="mono kiosk-issued__url" readOnly value={url} onFocus={(e) => e.target.select()} />
      </label>
      <div className="admin-add-rule">
        <button type="button" className="primary" onClick={handleCopy}>
          {t('kiosk.admin.copy')}
        </button>
        {copy === 'copied' && <span className="admin-ok">{t('kiosk.admin.copied')}</span>}
        {copy === 'failed' && <span className="form-error">{t('kiosk.admin.copyFailed')}</span>}
        <button type="button" onClick={onDismiss}>
          {t('kiosk.admin.dismiss')}
        </button>
      </div>
    </div>
  );
}

/** Issues a token for a named display. */
export function KioskIssueForm(): ReactElement {
  const t = useT();
  const issue = useIssueKioskToken();
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<IssuedKioskToken | null>(null);

  function handleSubmit(e: FormEvent): void {
    e.preventDefault();
    setIssued(null);
    issue.mutate(name.trim(), {
      onSuccess: (token) => {
        setIssued(token);
        setName('');
      },
    });
  }

  return (
    <>
      <form className="admin-add-rule" onSubmit={handleSubmit} aria-label={t('kiosk.admin.issue')}>
        <label className="field">
          {t('kiosk.admin.name')}
          <input
            value={name}
            maxLength={40}
            placeholder={t('kiosk.admin.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={issue.isPending || name.trim() === ''}>
          {issue.isPending ? t('kiosk.admin.issuing') : t('kiosk.admin.issue')}
        </button>
      </form>
      {issue.error && (
        <p className="form-error" role="alert">
          {t('kiosk.admin.failed', { message: describeError(issue.error, t) })}
        </p>
      )}
      {issued && <IssuedUrl issued={issued} onDismiss={() => setIssued(null)} />}
    </>
  );
}
