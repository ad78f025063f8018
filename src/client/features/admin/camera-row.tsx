import { useState } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import type { Camera } from '../../../shared/schemas/town';
import { useDeleteCamera } from '../../lib/cameras/delete-camera';

interface CameraRowProps {
  camera: Camera;
  gridName: string;
  canEdit: boolean;
  busy: boolean;
  onEdit: () => void;
  onDeleted: (camera: Camera) => void;
}

/** One camera in the registry table; delete asks for confirmation in the row itself. */
export function CameraRow({
  camera: c,
  gridName,
  canEdit,
  busy,
  onEdit,
  onDeleted,
}: CameraRowProps): ReactElement {
  const t = useT();
  const remove = useDeleteCamera();
  const [confirming, setConfirming] = useState(false);
  const sub = c.streams.sub;
  return (
    <tr data-testid={`camera-${c.id}`}>
      <td className="mono">{c.id}</td>
      <td>{c.name}</td>
      <td>{gridName}</td>
      <td>{t(`cameras.source.${c.source}`)}</td>
      <td>{t(`cameras.status.${c.status}`)}</td>
      <td className="mono">
        {sub.codec.toUpperCase()} {sub.width}×{sub.height}
      </td>
      {canEdit && (
        <td>
          {confirming ? (
            <span role="group" aria-label={t('cameras.confirmDelete', { name: c.name, id: c.id })}>
              {t('cameras.confirmDelete', { name: c.name, id: c.id })}{' '}
              <button
                type="button"
                className="danger"
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate({ id: c.id, version: c.version }, { onSuccess: (last) => onDeleted(last) })
                }
              >
                {t('cameras.confirm')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('cameras.cancel')}
              </button>
              {remove.error && (
                <span className="form-error" role="alert">
                  {t('cameras.deleteFailed', { message: describeError(remove.error, t) })}
                </span>
              )}
            </span>
          ) : (
            <>
              <button
                type="button"
                aria-label={t('cameras.editLabel', { name: c.name })}
                disabled={busy}
                onClick={onEdit}
              >
                {t('cameras.edit')}
              </button>{' '}
              <button
                type="button"
                aria-label={t('cameras.deleteLabel', { name: c.name })}
                disabled={busy}
                onClick={() => setConfirming(true)}
              >
                {t('cameras.delete')}
              </button>
            </>
          )}
        </td>
      )}
    </tr>
  );
}
