import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { Link } from '../../app/router/router';
import { ApprovalsPanel } from './approvals-panel';
import { ConsoleTabs, panelId, tabId } from './console-tabs';
import { IntakeForm } from './intake-form';
import { OrdersPanel } from './orders-panel';
import { P1Alerts } from './p1-alerts';
import { RankingPanel } from './ranking-panel';
import { TriagePanel } from './triage-panel';
import { useConsoleTab } from './use-console-tab';
import './console.css';
import './desk.css';
import './intake.css';
import './triage.css';

/**
 * 调度台: the operator's desk — the order list, intake (受理登记), the triage queue, requests waiting
 * for approval (待审批) and the performance ranking (绩效排名); a new P1 order rings on every tab.
 */
export function ConsolePage(): ReactElement {
  const t = useT();
  const { tab, setTab, triageId, selectTriage, openInTriage } = useConsoleTab();

  return (
    <div className="console-page">
      <div className="console-page__bar">
        <ConsoleTabs tab={tab} onChange={setTab} />
        <Link to="/console/video" className="console-page__video-link">
          {t('video.nav')}
        </Link>
        <P1Alerts />
      </div>
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
      {tab === 'approvals' && (
        <div role="tabpanel" id={panelId('approvals')} aria-labelledby={tabId('approvals')}>
          <ApprovalsPanel />
        </div>
      )}
      {tab === 'ranking' && (
        <div role="tabpanel" id={panelId('ranking')} aria-labelledby={tabId('ranking')}>
          <RankingPanel />
        </div>
      )}
    </div>
  );
}
