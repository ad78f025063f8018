import { useCallback, useId, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { LatLng } from '../../../shared/schemas/common';
import { categoryCode } from '../../../shared/schemas/town';
import type { CategoryCode } from '../../../shared/schemas/town';
import type { User } from '../../../shared/schemas/user';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { useSubmitReport } from '../../lib/field/submit-report';
import { useGeolocation } from '../../lib/field/use-geolocation';
import { usePhotoUploads } from '../../lib/field/use-photo-uploads';
import { WriteRefused } from '../../lib/offline/offline-queue';
import { refusalReason } from './labels';
import { LocationField } from './location-field';
import { PhotoPicker } from './photo-picker';

function isCategory(value: string): value is CategoryCode {
  return categoryCode.options.some((code) => code === value);
}

/** 网格员上报: what, where (GPS or a grid centre), and photos; queued when there is no signal. */
export function ReportForm({ user }: { user: User }): ReactElement {
  const t = useT();
  // Once, when the confirmation appears: on a phone it would otherwise sit under the tab bar.
  const revealOutcome = useCallback(
    (el: HTMLElement | null) => el?.scrollIntoView?.({ block: 'nearest' }),
    [],
  );
  const id = useId();
  const submit = useSubmitReport();
  const uploads = usePhotoUploads();
  const [geo, locate] = useGeolocation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<CategoryCode | ''>('');
  const [grid, setGrid] = useState<{ id: string; position: LatLng | null }>({ id: '', position: null });
  const [problem, setProblem] = useState<
    'field.locationRequired' | 'photos.waiting' | 'photos.failed' | null
  >(null);
  const location = grid.position ?? (geo.status === 'located' ? geo.position : null);

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!location) return setProblem('field.locationRequired');
    if (uploads.busy) return setProblem('photos.waiting');
    if (uploads.failed) return setProblem('photos.failed');
    setProblem(null);
    submit.mutate(
      {
        title: title.trim(),
        description: description.trim(),
        location,
        ...(category ? { category } : {}),
        ...(uploads.urls.length > 0 ? { photos: uploads.urls } : {}),
      },
      {
        onSuccess: () => {
          setTitle('');
          setDescription('');
          setCategory('');
          uploads.clear();
        },
      },
    );
  }

  return (
    <form className="field-form field-report" aria-label={t('source.grid_report')} onSubmit={handleSubmit}>
      <h1 className="field-page__title">{t('source.grid_report')}</h1>
      <label className="field" htmlFor={`${id}-title`}>
        <span>{t('order.title')}</span>
        <input
          id={`${id}-title`}
          value={title}
          required
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="field" htmlFor={`${id}-description`}>
        <span>{t('order.description')}</span>
        <textarea
          id={`${id}-description`}
          value={description}
          rows={4}
          maxLength={5000}
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
      <label className="field" htmlFor={`${id}-category`}>
        <span>{t('order.category')}</span>
        <select
          id={`${id}-category`}
          value={category}
          onChange={(e) => setCategory(isCategory(e.target.value) ? e.target.value : '')}
        >
          <option value="">{t('intake.unset')}</option>
          {categoryCode.options.map((code) => (
            <option key={code} value={code}>
              {t(`category.${code}`)}
            </option>
          ))}
        </select>
      </label>
      <LocationField
        gridIds={user.gridIds ?? []}
        geo={geo}
        onLocate={() => {
          setGrid({ id: '', position: null });
          locate();
        }}
        gridId={grid.id}
        onGridChange={(gridId, position) => setGrid({ id: gridId, position })}
      />
      <PhotoPicker uploads={uploads} />
      {problem && (
        <p className="form-error" role="alert">
          {t(problem)}
        </p>
      )}
      <div className="field-form__actions">
        <button type="submit" className="primary" disabled={submit.isPending}>
          {submit.isPending ? t('command.pending') : t('field.submitReport')}
        </button>
      </div>
      {submit.data && (
        <p className="field-actions__outcome" role="status" ref={revealOutcome}>
          {t(submit.data.status === 'sent' ? 'field.reported' : 'offline.queued')}
        </p>
      )}
      {submit.error && (
        <p className="form-error" role="alert">
          {submit.error instanceof WriteRefused
            ? refusalReason(submit.error, t)
            : t('command.failed', { message: describeError(submit.error, t) })}
        </p>
      )}
    </form>
  );
}
