import type { ReactElement } from 'react';
import { ConsoleTabs, panelId, tabId } from './console-tabs';
import { IntakeForm } from './intake-form';
import { OrdersPanel } from './orders-panel';
import { TriagePanel } from './triage-panel';
import { useConsoleTab } from './use-console-tab';
import './console.css';
import './intake.css';
import './triage.css';

/** 调度台: three modes of the operator's desk — the order list, intake (受理登记) and the triage queue. */
export function ConsolePage(): ReactElement {
  const { tab, setTab, triageId, selectTriage, openInTriage } = useConsoleTab();

  return (
    <div className="console-page">
      <ConsoleTabs tab={tab} onChange={setTab} />
      {tab === 'orders' && (
        <div role="tabpanel" id={panelId('orders')} aria-labelledby={tabId('orders')}>
          <OrdersPanel />
        </div>
      )}
      {/* Intake stays mounted while hidden: an operator checks the queue mid-call and comes back to a
          half-filled form, not an empty one. */}
      <div role="tabpanel" id={panelId('intake')} aria-labelledby={tabId('intake')} hidden={tab !== 'intake'}>
        <IntakeForm onOpenInTriage={openInTriage} />
      </div>
      {tab === 'triage' && (
        <div role="tabpanel" id={panelId('triage')} aria-labelledby={tabId('triage')}>
          <TriagePanel selectedId={triageId} onSelect={selectTriage} />
        </div>
      )}
    </div>
  );
}
