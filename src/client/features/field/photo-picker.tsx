import type { ChangeEvent, ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { MAX_PHOTOS, PHOTO_ACCEPT } from '../../lib/field/photo-rules';
import type { PhotoProblem } from '../../lib/field/photo-rules';
import type { PhotoUploads } from '../../lib/field/use-photo-uploads';

const PROBLEM_KEY: Record<PhotoProblem, 'photos.tooMany' | 'photos.tooLarge' | 'photos.wrongType'> = {
  too_many: 'photos.tooMany',
  too_large: 'photos.tooLarge',
  wrong_type: 'photos.wrongType',
};

/** Camera or gallery, thumbnails with upload progress, remove and retry. */
export function PhotoPicker({ uploads }: { uploads: PhotoUploads }): ReactElement {
  const t = useT();
  const full = uploads.photos.length >= MAX_PHOTOS;

  function handleChange(event: ChangeEvent<HTMLInputElement>): void {
    uploads.add(Array.from(event.target.files ?? []));
    // Picking the same photo again must fire change again.
    event.target.value = '';
  }

  return (
    <div className="photo-picker">
      <div className="photo-picker__head">
        <label className={`photo-picker__add${full ? ' is-disabled' : ''}`}>
          <input
            type="file"
            className="visually-hidden"
            accept={PHOTO_ACCEPT}
            multiple
            capture="environment"
            disabled={full}
            data-testid="photo-input"
            onChange={handleChange}
          />
          {t('photos.add')}
        </label>
        <span className="muted" data-testid="photo-count">
          {t('photos.count', { count: uploads.photos.length, max: MAX_PHOTOS })}
        </span>
      </div>
      {uploads.refused.map((refusal, index) => (
        <p key={`${refusal.name}-${index}`} className="form-error" role="alert">
          {t(PROBLEM_KEY[refusal.problem], { name: refusal.name, max: MAX_PHOTOS })}
        </p>
      ))}
      {uploads.photos.length > 0 && (
        <ul className="photo-picker__thumbs">
          {uploads.photos.map((photo, index) => (
            <li
              key={photo.localId}
              className={`photo-thumb photo-thumb--${photo.status}`}
              data-testid="photo-thumb"
            >
              {photo.previewUrl ? (
                <img src={photo.previewUrl} alt={t('photos.photo', { n: index + 1 })} />
              ) : (
                <span className="photo-thumb__placeholder">{t('photos.heic')}</span>
              )}
              {photo.status === 'uploading' && (
                <progress
                  className="photo-thumb__progress"
                  max={1}
                  value={photo.progress}
                  aria-label={t('photos.uploading', { percent: Math.round(photo.progress * 100) })}
                />
              )}
              {photo.status === 'failed' && (
                <button
                  type="button"
                  className="photo-thumb__retry"
                  onClick={() => uploads.retry(photo.localId)}
                >
                  {t('photos.retry')}
                </button>
              )}
              <button
                type="button"
                className="photo-thumb__remove"
                aria-label={t('photos.remove', { n: index + 1 })}
                onClick={() => uploads.remove(photo.localId)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
