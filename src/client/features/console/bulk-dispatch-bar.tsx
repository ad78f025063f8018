import { useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { Assignee, WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { useMe } from '../../lib/auth';
import { useBulkDispatch } from '../../lib/dispatch/dispatch-orders';
import type { DispatchOutcome } from '../../lib/dispatch/dispatch-orders';
import { useDepartments } from '../../lib/reference';
import { commandErrorText } from './command-error';
import { PrintSheetButton } from './dispatch-sheet';
import type { SheetEntry } from './dispatch-sheet';

type UnitKind = Exclude<Assignee['kind'], 'staff'>;

interface BulkDispatchBarProps {
  targets: readonly WorkOrder[];
  gridNames: ReadonlyMap<string, string>;
  onClear: () => void;
  /** Called with the orders dispatched, so the list can untick them. */
  onDispatched: (ids: string[]) => void;
}

function Outcome({ outcome }: { outcome: DispatchOutcome }): ReactElement {
  const t = useT();
  return (
    <li className={outcome.ok ? 'bulk-outcome is-ok' : 'bulk-outcome is-failed'} data-testid="bulk-outcome">
      <span className="mono">{outcome.number}</span>{' '}
      {outcome.ok ? t('dispatch.bulk.ok') : commandErrorText(outcome.error, t)}
    </li>
  );
}

/** 批量派遣: every ticked order to one department or squad, one command each, each reported. */
export function BulkDispatchBar({
  targets,
  gridNames,
  onClear,
  onDispatched,
}: BulkDispatchBarProps): ReactElement {
  const t = useT();
  const departments = useDepartments();
  const me = useMe();
  const bulk = useBulkDispatch();
  const [kind, setKind] = useState<UnitKind>('department');
  const [unitId, setUnitId] = useState('');
  const units = (departments.data ?? []).filter((d) =>
    kind === 'squad' ? d.kind === 'squad' : d.kind !== 'squad' && d.kind !== 'centre',
  );
  const unitName = departments.data?.find((d) => d.id === unitId)?.name ?? unitId;

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!unitId || targets.length === 0) return;
    bulk.mutate(
      { targets, assignee: { kind, id: unitId } },
      { onSuccess: (outcomes) => onDispatched(outcomes.filter((o) => o.ok).map((o) => o.id)) },
    );
  }

  const outcomes = bulk.data ?? [];
  const failed = outcomes.filter((o) => !o.ok).length;
  const sheet: SheetEntry[] = outcomes.flatMap((o) =>
    o.ok
      ? [
          {
            order: o.order,
            assignee: `${t(`assigneeKind.${o.order.assignee?.kind ?? kind}`)} ${unitName}`,
            dispatcher: me.data?.displayName ?? me.data?.username ?? t('app.none'),
            at: o.order.updatedAt,
          },
        ]
      : [],
  );

  return (
    <section className="bulk-dispatch" aria-label={t('dispatch.bulk.title')} data-testid="bulk-dispatch">
      <form className="bulk-dispatch__form" onSubmit={handleSubmit}>
        <span>{t('dispatch.bulk.selected', { count: targets.length })}</span>
        <select
          aria-label={t('form.assigneeKind')}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value === 'squad' ? 'squad' : 'department');
            setUnitId('');
          }}
        >
          <option value="department">{t('assigneeKind.department')}</option>
          <option value="squad">{t('assigneeKind.squad')}</option>
        </select>
        <select aria-label={t('form.assignee')} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          <option value="">{t('command.choose')}</option>
          {units.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="primary"
          disabled={!unitId || targets.length === 0 || bulk.isPending}
        >
          {t('dispatch.bulk.submit')}
        </button>
        <button type="button" onClick={onClear} disabled={bulk.isPending}>
          {t('dispatch.bulk.clear')}
        </button>
      </form>
      {bulk.isPending && <p className="muted">{t('command.pending')}</p>}
      {outcomes.length > 0 && (
        <div role="status">
          <p>{t('dispatch.bulk.summary', { ok: outcomes.length - failed, failed })}</p>
          <ul className="bulk-outcomes">
            {outcomes.map((o) => (
              <Outcome key={o.id} outcome={o} />
            ))}
          </ul>
          {sheet.length > 0 && (
            <PrintSheetButton entries={sheet} gridNames={gridNames} label={t('dispatch.sheet.printAll')} />
          )}
        </div>
      )}
    </section>
  );
}
