import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { Assignee } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { pickRecommended, useAssigneeSuggestions } from '../../lib/dispatch/get-assignee-suggestions';
import type { AssigneeSuggestions } from '../../lib/dispatch/get-assignee-suggestions';
import { categoriesQueryOptions } from '../../lib/triage/get-categories';
import { useExecuteCommand } from '../../lib/work-orders/execute-command';
import type { WorkOrderDetail } from '../../lib/work-orders/get-work-order';
import { commandErrorText } from './command-error';

const keyOf = (a: Assignee): string => `${a.kind}:${a.id}`;

function Options({
  suggestions,
  selected,
  onSelect,
}: {
  suggestions: AssigneeSuggestions;
  selected: string;
  onSelect: (assignee: Assignee) => void;
}): ReactElement {
  const t = useT();
  const groups = [
    {
      legend: t('dispatch.gridStaff'),
      items: suggestions.staff.map((s) => ({
        assignee: { kind: 'staff' as const, id: s.id },
        name: s.name,
        detail: [t(`staffRole.${s.role}`), t(s.onDuty ? 'dispatch.onDuty' : 'dispatch.offDuty')],
        load: s.openLoad,
        recommended: s.recommended,
      })),
    },
    {
      legend: t('dispatch.units'),
      items: suggestions.units.map((u) => ({
        assignee: { kind: u.kind, id: u.id },
        name: u.name,
        detail: [t(`assigneeKind.${u.kind}`)],
        load: u.openLoad,
        recommended: u.recommended,
      })),
    },
  ];
  return (
    <>
      {groups.map((group) => (
        <fieldset key={group.legend} className="dispatch-options">
          <legend>{group.legend}</legend>
          {group.items.length === 0 && <p className="muted">{t('dispatch.noCandidates')}</p>}
          {group.items.map((item) => (
            <label key={keyOf(item.assignee)} className="dispatch-option" data-testid="dispatch-option">
              <input
                type="radio"
                name="dispatch-assignee"
                value={keyOf(item.assignee)}
                checked={selected === keyOf(item.assignee)}
                onChange={() => onSelect(item.assignee)}
              />
              <span className="dispatch-option__name">{item.name}</span>
              {item.recommended && <span className="flag flag--ok">{t('dispatch.recommended')}</span>}
              <span className="muted">
                {[...item.detail, t('dispatch.load', { n: item.load })].join(' · ')}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
    </>
  );
}

/** 派遣: who should take a registered order — the grid's staff by role and load, or a unit. */
export function DispatchPanel({
  order,
  focusToken,
}: {
  order: WorkOrderDetail;
  focusToken: number;
}): ReactElement {
  const t = useT();
  const suggestions = useAssigneeSuggestions(order.id, order.version);
  const categories = useQuery(categoriesQueryOptions());
  const execute = useExecuteCommand(order);
  const [chosen, setChosen] = useState<Assignee | null>(null);
  const panel = useRef<HTMLElement>(null);

  useEffect(
    function focusOnRequest() {
      if (focusToken > 0) panel.current?.focus();
    },
    [focusToken],
  );

  const preferStaff =
    categories.data?.items.find((c) => c.code === order.category)?.defaultUnit === 'grid' ||
    (categories.data === undefined && order.gridId !== null);
  const suggested = suggestions.data ? pickRecommended(suggestions.data, preferStaff) : null;
  const assignee = chosen ?? suggested;

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!assignee) return;
    execute.mutate({ type: 'dispatch', fields: { assignee } });
  }

  return (
    <section
      ref={panel}
      tabIndex={-1}
      className="dispatch-panel"
      aria-labelledby="dispatch-title"
      data-testid="dispatch-panel"
    >
      <h3 id="dispatch-title">{t('dispatch.title')}</h3>
      {suggestions.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : suggestions.isError ? (
        <p className="form-error">{t('app.loadFailed', { message: describeError(suggestions.error, t) })}</p>
      ) : (
        <form onSubmit={handleSubmit} aria-label={t('dispatch.title')}>
          <Options
            suggestions={suggestions.data}
            selected={assignee ? keyOf(assignee) : ''}
            onSelect={setChosen}
          />
          <button type="submit" className="primary" disabled={!assignee || execute.isPending}>
            {t('dispatch.submit')}
          </button>
          {execute.error && (
            <p className="form-error" role="alert">
              {commandErrorText(execute.error, t)}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
