import { useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { deleteFilter, readSavedFilters, sameFilters, saveFilter } from './saved-filters-store';
import type { FilterValues, SavedFilter } from './saved-filters-store';

interface SavedFiltersProps {
  values: FilterValues;
  onRecall: (values: Partial<FilterValues>) => void;
}

/** 常用筛选: name the filters now on screen and call them back later (kept in this browser). */
export function SavedFilters({ values, onRecall }: SavedFiltersProps): ReactElement {
  const t = useT();
  const [list, setList] = useState<SavedFilter[]>(readSavedFilters);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const current = list.find((f) => sameFilters(f.values, values));

  function handleSave(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const trimmed = name.trim().slice(0, 60);
    if (!trimmed) return;
    setList((saved) => saveFilter(saved, trimmed, values));
    setNaming(false);
    setName('');
  }

  return (
    <div className="saved-filters">
      <select
        aria-label={t('dispatch.savedFilters.recall')}
        value={current?.name ?? ''}
        onChange={(e) => {
          const chosen = list.find((f) => f.name === e.target.value);
          if (chosen) onRecall(chosen.values);
        }}
      >
        <option value="">{t('dispatch.savedFilters.placeholder')}</option>
        {list.map((f) => (
          <option key={f.name} value={f.name}>
            {f.name}
          </option>
        ))}
      </select>
      {current && (
        <button type="button" onClick={() => setList((saved) => deleteFilter(saved, current.name))}>
          {t('dispatch.savedFilters.delete', { name: current.name })}
        </button>
      )}
      {naming ? (
        <form
          className="saved-filters__form"
          onSubmit={handleSave}
          aria-label={t('dispatch.savedFilters.save')}
        >
          <input
            aria-label={t('dispatch.savedFilters.name')}
            placeholder={t('dispatch.savedFilters.name')}
            value={name}
            maxLength={60}
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" disabled={!name.trim()}>
            {t('command.submit')}
          </button>
          <button type="button" onClick={() => setNaming(false)}>
            {t('command.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setNaming(true)}>
          {t('dispatch.savedFilters.save')}
        </button>
      )}
    </div>
  );
}
