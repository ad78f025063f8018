import { useId, useState } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { useGazetteer } from '../../lib/triage/get-gazetteer';
import type { GazetteerItem } from '../../lib/triage/get-gazetteer';
import { useDebouncedValue } from '../../lib/triage/use-debounced-value';

const LOOKUP_DEBOUNCE_MS = 250;

interface AddressFieldProps {
  value: string;
  onChange: (text: string) => void;
  onChoose: (item: GazetteerItem) => void;
  error?: string;
}

/** The address box, with the town's place names (villages, grids, landmarks) offered as one types. */
export function AddressField({ value, onChange, onChoose, error }: AddressFieldProps): ReactElement {
  const t = useT();
  const listId = useId();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebouncedValue(open ? value : '', LOOKUP_DEBOUNCE_MS);
  const places = useGazetteer(q);
  const items = open && q.trim() !== '' ? (places.data?.items ?? []) : [];
  const showEmpty =
    open && q.trim() !== '' && places.isSuccess && !places.isPlaceholderData && items.length === 0;

  function choose(item: GazetteerItem): void {
    onChoose(item);
    setOpen(false);
    setActive(-1);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Escape') {
      setOpen(false);
      return;
    }
    if (items.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + items.length) % items.length);
    } else if (event.key === 'Enter' && items[active]) {
      // Enter picks the highlighted place instead of submitting the whole form.
      event.preventDefault();
      choose(items[active]);
    }
  }

  return (
    <div className="field address-field">
      <label htmlFor={inputId}>{t('intake.address')}</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-activedescendant={items[active] ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        placeholder={t('intake.addressPlaceholder')}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={handleKeyDown}
        onBlur={() => setOpen(false)}
      />
      {error && <span className="field-error">{error}</span>}
      <ul id={listId} role="listbox" className="address-field__list" hidden={items.length === 0}>
        {items.map((item, index) => (
          <li
            key={`${item.kind}-${item.label}-${index}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'is-active' : undefined}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(item);
            }}
          >
            <span className="address-field__kind">{t(`gazetteer.${item.kind}`)}</span>
            <span>{item.label}</span>
          </li>
        ))}
      </ul>
      {showEmpty && <span className="muted">{t('intake.addressNoMatch')}</span>}
    </div>
  );
}
