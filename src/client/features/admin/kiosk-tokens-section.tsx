import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { kioskTokensQueryOptions } from '../../lib/admin/kiosk-tokens';
import { KioskIssueForm } from './kiosk-issue-form';
import { KioskTokenRow } from './kiosk-token-row';

/** 大屏令牌: token URLs that sign unattended wall displays in, read-only; administrators only. */
export function KioskTokensSection(): ReactElement {
  const t = useT();
  const query = useQuery(kioskTokensQueryOptions());
  const [revoked, setRevoked] = useState<string | null>(null);

  return (
    <section aria-labelledby="admin-kiosk" className="admin-block">
      <h2 id="admin-kiosk">{t('kiosk.admin.title')}</h2>
      <p className="muted">{t('kiosk.admin.hint')}</p>
      <KioskIssueForm />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <p className="muted">{t('kiosk.admin.empty')}</p>
      ) : (
        <table className="table" data-testid="kiosk-tokens">
          <thead>
            <tr>
              <th>{t('kiosk.admin.colName')}</th>
              <th>{t('kiosk.admin.colCreated')}</th>
              <th>{t('kiosk.admin.colLastUsed')}</th>
              <th>{t('kiosk.admin.colStatus')}</th>
              <th>{t('kiosk.admin.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {query.data.map((token) => (
              <KioskTokenRow key={token.id} token={token} onRevoked={(r) => setRevoked(r.name)} />
            ))}
          </tbody>
        </table>
      )}
      {revoked !== null && (
        <p className="admin-ok" role="status">
          {t('kiosk.admin.revoked', { name: revoked })}
        </p>
      )}
    </section>
  );
}
