import { useId, useState } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { usePhotoUploads } from '../../lib/field/use-photo-uploads';
import { FieldForm } from './command-forms';
import { PhotoPicker } from './photo-picker';

interface ResolveFormProps {
  pending: boolean;
  onSubmit: (fields: { report: string; photos: string[] }) => void;
  onCancel: () => void;
}

/** 处置回单: what was done, with up to 9 photos, sent as the URLs the upload returned. */
export function ResolveForm({ pending, onSubmit, onCancel }: ResolveFormProps): ReactElement {
  const t = useT();
  const id = useId();
  const [report, setReport] = useState('');
  const uploads = usePhotoUploads();
  const [hint, setHint] = useState<'photos.waiting' | 'photos.failed' | null>(null);

  function handleSubmit(): void {
    // A photo still uploading, or one that failed, would be left out of the report without a word.
    const problem = uploads.busy ? 'photos.waiting' : uploads.failed ? 'photos.failed' : null;
    setHint(problem);
    if (!problem) onSubmit({ report, photos: uploads.urls });
  }

  return (
    <FieldForm label={t('command.resolve')} pending={pending} onSubmit={handleSubmit} onCancel={onCancel}>
      <label className="field" htmlFor={id}>
        <span>{t('form.report')}</span>
        <textarea id={id} value={report} required rows={4} onChange={(e) => setReport(e.target.value)} />
      </label>
      <PhotoPicker uploads={uploads} />
      {hint && (uploads.busy || uploads.failed) && (
        <p className="form-error" role="alert">
          {t(hint)}
        </p>
      )}
    </FieldForm>
  );
}
