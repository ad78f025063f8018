import { useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import { neighbourInQueue, sortTriageQueue, TRIAGE_QUEUE_FILTERS } from '../../lib/triage/queue';
import { useGridNames } from '../../lib/reference';
import { useWorkOrders } from '../../lib/work-orders/get-work-orders';
import { TriageDetail } from './triage-detail';
import type { TriageDone, TriageForm } from './triage-detail';
import { TriageQueue } from './triage-queue';

interface TriagePanelProps {
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/**
 * 分诊队列: every order waiting to be taken on, most urgent and longest waiting first. It is the
 * ordinary work-order list query (status=new), which the realtime bridge patches and refetches.
 */
export function TriagePanel({ selectedId, onSelect }: TriagePanelProps): ReactElement {
  const t = useT();
  const orders = useWorkOrders(TRIAGE_QUEUE_FILTERS);
  const gridNames = useGridNames();
  const queue = useMemo(() => sortTriageQueue(orders.data?.items ?? []), [orders.data]);
  const [form, setForm] = useState<TriageForm | null>(null);
  const [done, setDone] = useState<TriageDone | null>(null);

  function select(id: string | null): void {
    setForm(null);
    onSelect(id);
  }

  return (
    <div className="console triage">
      <section className="console__list" aria-label={t('triage.queue')}>
        {orders.isPending ? (
          <Loading />
        ) : orders.isError ? (
          <LoadError error={orders.error} onRetry={() => void orders.refetch()} />
        ) : (
          <>
            <p className="muted console__count" aria-live="polite">
              {t('triage.count', { count: queue.length })}
              <span className="triage__keys">{t('triage.keyboardHint')}</span>
            </p>
            {done && (
              <p className="triage__done" role="status">
                {t(`triage.done.${done.type}`, { number: done.number })}
              </p>
            )}
            <TriageQueue
              orders={queue}
              gridNames={gridNames}
              selectedId={selectedId}
              onSelect={select}
              onOpenRegister={() => setForm('register')}
            />
          </>
        )}
      </section>
      <section className="console__detail">
        {selectedId ? (
          <TriageDetail
            key={selectedId}
            id={selectedId}
            asOfSeq={orders.data?.asOfSeq ?? null}
            gridNames={gridNames}
            form={form}
            onFormChange={setForm}
            // The closure holds the queue as it was when the command was sent, so the order is
            // still in it and its neighbour can be found.
            onDone={(result) => {
              setDone(result);
              select(neighbourInQueue(queue, result.id));
            }}
          />
        ) : (
          <p className="muted">{t('triage.selectHint')}</p>
        )}
      </section>
    </div>
  );
}
