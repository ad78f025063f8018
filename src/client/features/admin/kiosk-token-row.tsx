import { useState } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { useRevokeKioskToken } from '../../lib/admin/kiosk-tokens';
import { formatDateTime } from '../../lib/format-time';
import type { KioskToken } from '../../../shared/schemas/kiosk';

export const KIOSK_COLUMNS = 5;

/** One token; revoking asks for confirmation in the row itself. */
export function KioskTokenRow({
  token,
  onRevoked,
}: {
  token: KioskToken;
  onRevoked: (token: KioskToken) => void;
}): ReactElement {
  const t = useT();
  const revoke = useRevokeKioskToken();
  const [confirming, setConfirming] = useState(false);

  return (
    <>
      <tr data-testid={`kiosk-token-${token.id}`}>
        <td>{token.name}</td>
        <td>{formatDateTime(token.createdAt)}</td>
        <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('kiosk.admin.never')}</td>
        <td>
          {token.revokedAt
            ? t('kiosk.admin.revokedAt', { time: formatDateTime(token.revokedAt) })
            : t('kiosk.admin.active')}
        </td>
        <td>
          {token.revokedAt === null && (
            <button
              type="button"
              aria-label={t('kiosk.admin.revokeLabel', { name: token.name })}
              disabled={confirming || revoke.isPending}
              onClick={() => setConfirming(true)}
            >
              {t('kiosk.admin.revoke')}
            </button>
          )}
        </td>
      </tr>
      {(confirming || revoke.error) && (
        <tr>
          <td colSpan={KIOSK_COLUMNS}>
            <div
              className="admin-warning admin-add-rule"
              role="alertdialog"
              aria-label={t('kiosk.admin.revoke')}
            >
              <span>{t('kiosk.admin.confirmRevoke', { name: token.name })}</span>
              <button
                type="button"
                className="primary"
                disabled={revoke.isPending}
                onClick={() =>
                  revoke.mutate(token.id, {
                    onSuccess: (revoked) => {
                      setConfirming(false);
                      onRevoked(revoked);
                    },
                  })
                }
              >
                {t('kiosk.admin.confirm')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  revoke.reset();
                }}
              >
                {t('kiosk.admin.cancel')}
              </button>
              {revoke.error && (
                <span role="alert">
                  {t('kiosk.admin.failed', { message: describeError(revoke.error, t) })}
                </span>
              )}
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
