import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading, describeError } from '../../components/query-state';
import { cameraFaultsQueryOptions, useSetCameraFault } from '../../lib/admin/camera-faults';
import { formatShortDateTime } from '../../lib/format-time';
import { CameraFaultForm } from './camera-fault-form';

/** 摄像机故障注入: break a simulated camera on purpose (demos, tests) and see which are broken. */
export function CameraFaultsSection(): ReactElement {
  const t = useT();
  const query = useQuery(cameraFaultsQueryOptions());
  const clear = useSetCameraFault();

  return (
    <section aria-labelledby="admin-camera-faults" className="admin-block">
      <h2 id="admin-camera-faults">{t('videoFaults.title')}</h2>
      <p className="muted">{t('videoFaults.hint')}</p>
      <CameraFaultForm />
      <h3>{t('videoFaults.current')}</h3>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <p className="muted">{t('videoFaults.empty')}</p>
      ) : (
        <table className="table" data-testid="camera-faults">
          <thead>
            <tr>
              <th>{t('videoFaults.camera')}</th>
              <th>{t('videoFaults.fault')}</th>
              <th>{t('videoFaults.colSince')}</th>
              <th>{t('videoFaults.colBy')}</th>
              <th>{t('videoFaults.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {query.data.map((f) => (
              <tr key={f.cameraId}>
                <td className="mono">{f.cameraId}</td>
                <td>{t(`videoFaults.fault.${f.fault}`)}</td>
                <td>{formatShortDateTime(f.since)}</td>
                <td>{f.setBy}</td>
                <td>
                  <button
                    type="button"
                    disabled={clear.isPending}
                    onClick={() => clear.mutate({ cameraId: f.cameraId, fault: null })}
                  >
                    {t('videoFaults.clear')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {clear.error && (
        <p className="form-error" role="alert">
          {describeError(clear.error, t)}
        </p>
      )}
    </section>
  );
}
