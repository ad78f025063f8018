import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import { createPortal } from 'react-dom';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { formatDateTime } from '../../lib/format-time';
import { useCategoryLabel } from './use-category-label';

export interface SheetEntry {
  order: WorkOrder;
  assignee: string;
  dispatcher: string;
  at: string;
}

function Sheet({
  entries,
  gridNames,
}: {
  entries: readonly SheetEntry[];
  gridNames: ReadonlyMap<string, string>;
}): ReactElement {
  const t = useT();
  const categoryLabel = useCategoryLabel();
  const none = t('app.none');
  return (
    <div className="print-sheet" data-testid="dispatch-sheet">
      {entries.map(({ order, assignee, dispatcher, at }) => (
        <section key={order.id} className="print-sheet__page">
          <h1>{t('dispatch.sheet.title')}</h1>
          <p className="print-sheet__centre">{t('app.townCentre')}</p>
          <table>
            <tbody>
              {[
                [t('order.number'), order.number],
                [t('order.title'), order.title],
                [t('order.description'), order.description || none],
                [t('order.address'), order.address ?? none],
                [t('order.grid'), order.gridId ? (gridNames.get(order.gridId) ?? order.gridId) : none],
                [t('order.category'), order.category ? categoryLabel(order.category) : none],
                [t('order.priority'), order.priority ? t(`priority.${order.priority}`) : none],
                [
                  t('order.signOffDeadline'),
                  order.deadlines.signOff ? formatDateTime(order.deadlines.signOff) : none,
                ],
                [
                  t('order.resolveDeadline'),
                  order.deadlines.resolve ? formatDateTime(order.deadlines.resolve) : none,
                ],
                [t('order.assignee'), assignee],
                [t('dispatch.sheet.dispatcher'), dispatcher],
                [t('dispatch.sheet.time'), formatDateTime(at)],
              ].map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="print-sheet__sign">{t('dispatch.sheet.signature')}</p>
        </section>
      ))}
    </div>
  );
}

/**
 * 打印派遣单: the sheet is put beside the app (a portal into <body>) only while printing; the print
 * stylesheet hides everything else, so the page prints as a form and the screen never shows it.
 */
export function PrintSheetButton({
  entries,
  gridNames,
  label,
}: {
  entries: readonly SheetEntry[];
  gridNames: ReadonlyMap<string, string>;
  label?: string;
}): ReactElement {
  const t = useT();
  // Each click is a new print job; the sheet leaves the page again once the browser has printed.
  const [job, setJob] = useState({ count: 0, mounted: false });

  useEffect(
    function printSheet() {
      if (job.count === 0) return;
      function handleAfterPrint(): void {
        setJob((current) => ({ ...current, mounted: false }));
      }
      window.addEventListener('afterprint', handleAfterPrint);
      window.print();
      return function stopWaiting() {
        window.removeEventListener('afterprint', handleAfterPrint);
      };
    },
    [job.count],
  );

  return (
    <>
      <button
        type="button"
        disabled={entries.length === 0}
        onClick={() => setJob((current) => ({ count: current.count + 1, mounted: true }))}
      >
        {label ?? t('dispatch.sheet.print')}
      </button>
      {job.mounted && createPortal(<Sheet entries={entries} gridNames={gridNames} />, document.body)}
    </>
  );
}
