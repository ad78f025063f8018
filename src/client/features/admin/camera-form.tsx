import { useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { cameraSource, type Camera, type Grid } from '../../../shared/schemas/town';
import { isApiError } from '../../lib/api-client';
import {
  fromCameraDraft,
  toCameraDraft,
  type CameraDraft,
  type StreamDraft,
} from '../../lib/cameras/camera-draft';
import { useSaveCamera } from '../../lib/cameras/save-camera';
import { CameraField, describedBy } from './camera-field';
import { CameraStreamFields } from './camera-stream-fields';

interface CameraFormProps {
  /** null: a new camera. */
  camera: Camera | null;
  grids: readonly Grid[];
  onSaved: (saved: Camera) => void;
  onCancel: () => void;
}

/** Create or edit one camera; the shared schema checks it here first, the server again (its 400 by field). */
export function CameraForm({ camera, grids, onSaved, onCancel }: CameraFormProps): ReactElement {
  const t = useT();
  const save = useSaveCamera();
  const [draft, setDraft] = useState<CameraDraft>(() => toCameraDraft(camera));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = isApiError(save.error, 400) ? (save.error.body.fields ?? {}) : {};
  const errors = { ...serverErrors, ...localErrors };
  const set = (patch: Partial<CameraDraft>): void => setDraft((d) => ({ ...d, ...patch }));
  const setStream = (which: 'sub' | 'main') => (patch: Partial<StreamDraft>) =>
    setDraft((d) => ({ ...d, [which]: { ...d[which], ...patch } }));
  const input = (path: string, value: string, onChange: (v: string) => void): ReactElement => (
    <input
      id={`camera-input-${path}`}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...describedBy(path, errors)}
    />
  );

  function handleSubmit(e: FormEvent): void {
    e.preventDefault();
    const checked = fromCameraDraft(draft);
    if (!checked.ok) return setLocalErrors(checked.errors);
    setLocalErrors({});
    const request =
      camera === null
        ? ({ kind: 'create', input: checked.input } as const)
        : ({ kind: 'edit', input: checked.input, version: camera.version } as const);
    save.mutate(request, { onSuccess: onSaved });
  }

  const failure = save.error
    ? isApiError(save.error, 409)
      ? save.error.code === 'camera_exists'
        ? t('cameras.exists', { id: draft.id })
        : t('cameras.stale')
      : t('admin.saveFailed', { message: describeError(save.error, t) })
    : Object.keys(localErrors).length > 0
      ? t('cameras.invalidForm')
      : null;

  return (
    <form
      className="admin-camera-form"
      aria-label={camera === null ? t('cameras.formCreate') : t('cameras.formEdit', { id: camera.id })}
      onSubmit={handleSubmit}
      noValidate
    >
      <fieldset>
        <CameraField path="id" label={t('cameras.field.id')} errors={errors}>
          {camera === null ? (
            input('id', draft.id, (id) => set({ id }))
          ) : (
            <span className="mono">{camera.id}</span>
          )}
        </CameraField>
        <CameraField path="name" label={t('cameras.field.name')} errors={errors}>
          {input('name', draft.name, (name) => set({ name }))}
        </CameraField>
        <CameraField path="source" label={t('cameras.field.source')} errors={errors}>
          <select
            id="camera-input-source"
            value={draft.source}
            onChange={(e) => set({ source: cameraSource.parse(e.target.value) })}
          >
            {cameraSource.options.map((s) => (
              <option key={s} value={s}>
                {t(`cameras.source.${s}`)}
              </option>
            ))}
          </select>
        </CameraField>
        <CameraField path="gridId" label={t('cameras.field.grid')} errors={errors}>
          <select
            id="camera-input-gridId"
            value={draft.gridId}
            onChange={(e) => set({ gridId: e.target.value })}
            {...describedBy('gridId', errors)}
          >
            <option value="">{t('cameras.field.chooseGrid')}</option>
            {grids.map((g) => (
              <option key={g.grid_id} value={g.grid_id}>
                {g.name}（{g.grid_id}）
              </option>
            ))}
          </select>
        </CameraField>
        <CameraField path="location.lat" label={t('cameras.field.lat')} errors={errors}>
          {input('location.lat', draft.lat, (lat) => set({ lat }))}
        </CameraField>
        <CameraField path="location.lng" label={t('cameras.field.lng')} errors={errors}>
          {input('location.lng', draft.lng, (lng) => set({ lng }))}
        </CameraField>
        <label className="field">
          <input type="checkbox" checked={draft.ptz} onChange={(e) => set({ ptz: e.target.checked })} />
          {t('cameras.field.ptz')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('cameras.field.sub')}</legend>
        <CameraStreamFields which="sub" stream={draft.sub} errors={errors} onChange={setStream('sub')} />
      </fieldset>
      <fieldset>
        <legend>{t('cameras.field.main')}</legend>
        <label className="field">
          <input
            type="checkbox"
            checked={draft.hasMain}
            onChange={(e) => set({ hasMain: e.target.checked })}
          />
          {t('cameras.field.hasMain')}
        </label>
        {draft.hasMain && (
          <CameraStreamFields which="main" stream={draft.main} errors={errors} onChange={setStream('main')} />
        )}
      </fieldset>
      <fieldset>
        <CameraField path="snapshotUrl" label={t('cameras.field.snapshot')} errors={errors}>
          {input('snapshotUrl', draft.snapshotUrl, (snapshotUrl) => set({ snapshotUrl }))}
        </CameraField>
        <CameraField path="health.kind" label={t('cameras.field.health')} errors={errors}>
          <select
            id="camera-input-health.kind"
            value={draft.healthKind}
            onChange={(e) => set({ healthKind: e.target.value === 'mediamtx' ? 'mediamtx' : 'none' })}
          >
            <option value="none">{t('cameras.field.healthNone')}</option>
            <option value="mediamtx">{t('cameras.field.healthMediamtx')}</option>
          </select>
        </CameraField>
        {draft.healthKind === 'mediamtx' && (
          <>
            <CameraField path="health.url" label={t('cameras.field.healthUrl')} errors={errors}>
              {input('health.url', draft.healthUrl, (healthUrl) => set({ healthUrl }))}
            </CameraField>
            <CameraField path="health.path" label={t('cameras.field.healthPath')} errors={errors}>
              {input('health.path', draft.healthPath, (healthPath) => set({ healthPath }))}
            </CameraField>
          </>
        )}
      </fieldset>
      <div className="admin-save-bar">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('admin.saving') : t('admin.save')}
        </button>
        <button type="button" onClick={onCancel} disabled={save.isPending}>
          {t('cameras.cancel')}
        </button>
        {failure !== null && (
          <span className="form-error" role="alert">
            {failure}
          </span>
        )}
      </div>
    </form>
  );
}
