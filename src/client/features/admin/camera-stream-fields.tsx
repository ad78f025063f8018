import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { StreamDraft } from '../../lib/cameras/camera-draft';
import { CameraField, describedBy } from './camera-field';
import { FieldError } from './field-error';

interface StreamFieldsProps {
  which: 'sub' | 'main';
  stream: StreamDraft;
  errors: Readonly<Record<string, string>>;
  onChange: (patch: Partial<StreamDraft>) => void;
}

/** One stream's URLs, codec and size; `streams.<which>` errors (no URL at all) show above them. */
export function CameraStreamFields({ which, stream, errors, onChange }: StreamFieldsProps): ReactElement {
  const t = useT();
  const path = (f: keyof StreamDraft): string => `streams.${which}.${f}`;
  const urlField = (f: 'hls' | 'llhls' | 'whep'): ReactElement => (
    <CameraField path={path(f)} label={t(`cameras.field.${f}`)} errors={errors}>
      <input
        id={`camera-input-${path(f)}`}
        value={stream[f]}
        placeholder={f === 'whep' ? 'http://host:8889/<path>/whep' : 'http://host:8888/<path>/index.m3u8'}
        onChange={(e) => onChange({ [f]: e.target.value })}
        {...describedBy(path(f), errors)}
      />
    </CameraField>
  );
  return (
    <>
      <FieldError
        path={`camera-streams.${which}`}
        message={errors[`streams.${which}`] !== undefined ? t('cameras.invalid.needUrl') : undefined}
      />
      {urlField('hls')}
      {urlField('llhls')}
      {urlField('whep')}
      <CameraField path={path('codec')} label={t('cameras.field.codec')} errors={errors}>
        <select
          id={`camera-input-${path('codec')}`}
          value={stream.codec}
          onChange={(e) => onChange({ codec: e.target.value === 'h265' ? 'h265' : 'h264' })}
          {...describedBy(path('codec'), errors)}
        >
          <option value="h264">H.264</option>
          <option value="h265">H.265</option>
        </select>
      </CameraField>
      {(['width', 'height'] as const).map((f) => (
        <CameraField key={f} path={path(f)} label={t(`cameras.field.${f}`)} errors={errors}>
          <input
            id={`camera-input-${path(f)}`}
            inputMode="numeric"
            value={stream[f]}
            onChange={(e) => onChange({ [f]: e.target.value })}
            {...describedBy(path(f), errors)}
          />
        </CameraField>
      ))}
    </>
  );
}
