import { useEffect, useState } from 'react';
import type { ReactElement, Ref } from 'react';
import { categoryCode } from '../../../shared/schemas/town';
import { priority, sourceCodes, statusCodes } from '../../../shared/schemas/work-order';
import { isMessageKey, useT } from '../../app/i18n/i18n';
import { OPEN_STATUSES } from '../../lib/work-orders/status-groups';
import type { FilterName } from './use-console-filters';

/** The comma list the API accepts for "every open status". */
export const OPEN_STATUS_FILTER = OPEN_STATUSES.join(',');
const SEARCH_DEBOUNCE_MS = 300;

const SELECTS: readonly { name: Exclude<FilterName, 'q'>; prefix: string; values: readonly string[] }[] = [
  { name: 'status', prefix: 'status', values: statusCodes },
  { name: 'category', prefix: 'category', values: categoryCode.options },
  { name: 'source', prefix: 'source', values: sourceCodes },
  { name: 'priority', prefix: 'priority', values: priority.options },
];

interface OrderFiltersProps {
  values: Record<FilterName, string>;
  onChange: (name: FilterName, value: string) => void;
  onClear: () => void;
  /** The search box, for the `/` shortcut. */
  searchRef?: Ref<HTMLInputElement>;
}

export function OrderFilters({ values, onChange, onClear, searchRef }: OrderFiltersProps): ReactElement {
  const t = useT();
  const [search, setSearch] = useState(values.q);
  const [seenQ, setSeenQ] = useState(values.q);
  // The URL changed under us (back button, clear): show what it now says.
  if (values.q !== seenQ) {
    setSeenQ(values.q);
    setSearch(values.q);
  }

  useEffect(
    function debounceSearch() {
      if (search === values.q) return;
      const timer = setTimeout(() => onChange('q', search.trim()), SEARCH_DEBOUNCE_MS);
      return function cancelSearch() {
        clearTimeout(timer);
      };
    },
    [search, values.q, onChange],
  );

  function optionLabel(prefix: string, value: string): string {
    const key = `${prefix}.${value}`;
    return isMessageKey(key) ? t(key) : value;
  }

  return (
    <div className="order-filters" role="search">
      <input
        ref={searchRef}
        type="search"
        className="order-filters__search"
        aria-label={t('console.searchLabel')}
        aria-keyshortcuts="/"
        placeholder={t('console.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {SELECTS.map(({ name, prefix, values: options }) => (
        <select
          key={name}
          aria-label={t(`order.${name}`)}
          value={values[name]}
          onChange={(e) => onChange(name, e.target.value)}
        >
          <option value="">{t('console.all', { name: t(`order.${name}`) })}</option>
          {name === 'status' && <option value={OPEN_STATUS_FILTER}>{t('console.openOnly')}</option>}
          {options.map((value) => (
            <option key={value} value={value}>
              {optionLabel(prefix, value)}
            </option>
          ))}
        </select>
      ))}
      <button type="button" onClick={onClear}>
        {t('console.clearFilters')}
      </button>
    </div>
  );
}
