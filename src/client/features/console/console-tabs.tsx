import { useEffect } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/i18n';
import { useWorkOrderStats } from '../../lib/work-orders/get-work-order-stats';
import { CONSOLE_TABS } from './use-console-tab';
import type { ConsoleTab } from './use-console-tab';

export const tabId = (tab: ConsoleTab): string => `console-tab-${tab}`;
export const panelId = (tab: ConsoleTab): string => `console-panel-${tab}`;

const TAB_LABEL: Record<ConsoleTab, MessageKey> = {
  orders: 'console.tab.orders',
  intake: 'console.tab.intake',
  triage: 'console.tab.triage',
  approvals: 'approvals.tab',
  ranking: 'ranking.tab',
};

/** Alt+1…5 pick a mode; `code` too, since Alt+digit types a symbol on macOS keyboards. */
function tabOfShortcut(event: KeyboardEvent): ConsoleTab | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const digit = /^Digit([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : null);
  return digit ? (CONSOLE_TABS[Number(digit) - 1] ?? null) : null;
}

interface ConsoleTabsProps {
  tab: ConsoleTab;
  onChange: (tab: ConsoleTab) => void;
}

export function ConsoleTabs({ tab, onChange }: ConsoleTabsProps): ReactElement {
  const t = useT();
  const stats = useWorkOrderStats();
  const waiting = stats.data?.byStatus.new;

  useEffect(
    function listenForShortcuts() {
      function handleKeyDown(event: KeyboardEvent): void {
        const next = tabOfShortcut(event);
        if (!next) return;
        event.preventDefault();
        onChange(next);
      }
      window.addEventListener('keydown', handleKeyDown);
      return function stopListening() {
        window.removeEventListener('keydown', handleKeyDown);
      };
    },
    [onChange],
  );

  return (
    <div className="console-tabs" role="tablist" aria-label={t('console.tabs')}>
      {CONSOLE_TABS.map((name, index) => (
        <button
          key={name}
          id={tabId(name)}
          type="button"
          role="tab"
          aria-selected={tab === name}
          aria-controls={panelId(name)}
          aria-keyshortcuts={`Alt+${index + 1}`}
          title={t('console.tabShortcut', { key: `Alt+${index + 1}` })}
          className={tab === name ? 'console-tabs__tab is-active' : 'console-tabs__tab'}
          onClick={() => onChange(name)}
        >
          {t(TAB_LABEL[name])}
          {name === 'triage' && waiting !== undefined && waiting > 0 && (
            <span className="console-tabs__count" aria-label={t('triage.count', { count: waiting })}>
              {waiting}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
