import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { cameraFault, type CameraFault } from '../../../shared/schemas/video';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { cameraSearchQueryOptions, useSetCameraFault } from '../../lib/admin/camera-faults';

/** Find a camera by id or name and inject one of the simulator's faults into it. */
export function CameraFaultForm(): ReactElement {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const search = useQuery(cameraSearchQueryOptions(q));
  const [cameraId, setCameraId] = useState('');
  const [fault, setFault] = useState<CameraFault>('offline');
  const [done, setDone] = useState<string | null>(null);
  const setter = useSetCameraFault();
  const matches = search.data ?? [];

  function handleSubmit(e: FormEvent): void {
    e.preventDefault();
    setDone(null);
    setter.mutate(
      { cameraId, fault },
      {
        onSuccess: () =>
          setDone(t('videoFaults.done', { camera: cameraId, fault: t(`videoFaults.fault.${fault}`) })),
      },
    );
  }

  return (
    <>
      <form className="admin-add-rule" onSubmit={handleSubmit} aria-label={t('videoFaults.apply')}>
        <label className="field">
          {t('videoFaults.search')}
          <input
            type="search"
            value={text}
            maxLength={64}
            placeholder={t('videoFaults.searchPlaceholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label className="field">
          {t('videoFaults.camera')}
          <select value={cameraId} onChange={(e) => setCameraId(e.target.value)}>
            <option value="">
              {q !== '' && search.isSuccess && matches.length === 0
                ? t('videoFaults.noMatch')
                : t('videoFaults.pick')}
            </option>
            {matches.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id} · {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('videoFaults.fault')}
          <select value={fault} onChange={(e) => setFault(cameraFault.parse(e.target.value))}>
            {cameraFault.options.map((f) => (
              <option key={f} value={f}>
                {t(`videoFaults.fault.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={setter.isPending || cameraId === ''}>
          {t('videoFaults.apply')}
        </button>
      </form>
      {setter.error && (
        <p className="form-error" role="alert">
          {describeError(setter.error, t)}
        </p>
      )}
      {done !== null && (
        <p className="admin-ok" role="status">
          {done}
        </p>
      )}
    </>
  );
}
