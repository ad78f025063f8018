import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { FieldTab } from './use-field-route';

interface FieldTabBarProps {
  tabs: readonly FieldTab[];
  /** null while an order is open: no tab is the current page then. */
  current: FieldTab | null;
  counts: Partial<Record<FieldTab, number>>;
  onSelect: (tab: FieldTab) => void;
}

/** The bottom tab bar, in reach of the thumb. */
export function FieldTabBar({ tabs, current, counts, onSelect }: FieldTabBarProps): ReactElement {
  const t = useT();
  return (
    <nav className="field-tabs" aria-label={t('field.tabs')}>
      {tabs.map((tab) => {
        const count = counts[tab];
        return (
          <button
            key={tab}
            type="button"
            className="field-tabs__tab"
            aria-current={current === tab ? 'page' : undefined}
            onClick={() => onSelect(tab)}
          >
            <span>{t(`field.tab.${tab}`)}</span>
            {count !== undefined && count > 0 && <span className="field-tabs__count">{count}</span>}
          </button>
        );
      })}
    </nav>
  );
}
