import { useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { LoadError, Loading } from '../../components/query-state';
import {
  evaluationCsvHref,
  PERIOD_KINDS,
  UNIT_KINDS,
  useEvaluation,
} from '../../lib/evaluation/get-evaluation';
import type { EvaluationRequest, PeriodKind, UnitKind } from '../../lib/evaluation/get-evaluation';
import { customPeriod, shanghaiToday } from '../../lib/evaluation/period';
import { formatDateTime } from '../../lib/format-time';
import { RankingTable } from './ranking-table';
import { useUnitNames } from './use-unit-names';

const isUnitKind = (value: string): value is UnitKind => UNIT_KINDS.some((k) => k === value);
const isPeriodKind = (value: string): value is PeriodKind => PERIOD_KINDS.some((k) => k === value);

/** 绩效排名: units ranked for a period, as on the wall, with the same report as CSV. */
export function RankingPanel(): ReactElement {
  const { t, locale } = useI18n();
  const [unitKind, setUnitKind] = useState<UnitKind>('grid');
  const [period, setPeriod] = useState<PeriodKind>('week');
  // The named periods are taken around the moment the tab opened (or 刷新 was pressed), so the query
  // key stays put between renders.
  const [anchor, setAnchor] = useState(() => new Date().toISOString());
  const [fromDate, setFromDate] = useState(() => shanghaiToday(Date.now()));
  const [toDate, setToDate] = useState(() => shanghaiToday(Date.now()));

  const request = useMemo<EvaluationRequest | null>(() => {
    if (period !== 'custom') return { unitKind, period, anchor };
    const range = customPeriod(fromDate, toDate);
    return range ? { unitKind, period, ...range } : null;
  }, [unitKind, period, anchor, fromDate, toDate]);
  const evaluation = useEvaluation(request);
  const nameOf = useUnitNames(unitKind);

  return (
    <div className="ranking-panel" data-testid="ranking-panel">
      <div className="ranking-panel__controls" role="group" aria-label={t('ranking.tab')}>
        <label className="field">
          <span>{t('ranking.unitKind')}</span>
          <select
            value={unitKind}
            onChange={(e) => isUnitKind(e.target.value) && setUnitKind(e.target.value)}
          >
            {UNIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`ranking.unit.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('ranking.period')}</span>
          <select value={period} onChange={(e) => isPeriodKind(e.target.value) && setPeriod(e.target.value)}>
            {PERIOD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`ranking.periodKind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        {period === 'custom' && (
          <>
            <label className="field">
              <span>{t('ranking.from')}</span>
              <input type="date" value={fromDate} onChange={(e) => setFromDate(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('ranking.to')}</span>
              <input type="date" value={toDate} min={fromDate} onChange={(e) => setToDate(e.target.value)} />
            </label>
          </>
        )}
        <button type="button" onClick={() => setAnchor(new Date().toISOString())}>
          {t('ranking.refresh')}
        </button>
        {request && (
          <a className="button" href={evaluationCsvHref(request, locale)} download data-testid="ranking-csv">
            {t('ranking.csv')}
          </a>
        )}
      </div>
      {request === null ? (
        <p className="form-error" role="alert">
          {t('ranking.badRange')}
        </p>
      ) : evaluation.isPending ? (
        <Loading />
      ) : evaluation.isError ? (
        <LoadError error={evaluation.error} onRetry={() => void evaluation.refetch()} />
      ) : (
        <>
          <p className="muted">
            {t('ranking.range', {
              from: formatDateTime(evaluation.data.period.from),
              to: formatDateTime(evaluation.data.period.to),
            })}
          </p>
          <RankingTable rows={evaluation.data.items} nameOf={nameOf} />
        </>
      )}
    </div>
  );
}
