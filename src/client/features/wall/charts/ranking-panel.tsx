import { useMemo } from 'react';
import type { ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../app/i18n/i18n';
import { evaluationQueryOptions } from '../../../lib/evaluation/get-evaluation';
import type { EvaluationRequest } from '../../../lib/evaluation/get-evaluation';
import { dayStartIso, shanghaiToday } from '../../../lib/evaluation/period';
import { useNow } from '../../../lib/use-now';
import { useVillageNames } from '../../../lib/wall/get-villages';
import { RANKING_ROWS, buildRankingOption } from './build-ranking-option';
import { ChartPanel } from './chart-panel';
import type { WallChartPanelProps } from './chart-panel';
import { wallChartStyle } from './wall-chart-theme';

/** No event invalidates the ranking, so the wall re-asks now and then. */
export const RANKING_REFRESH_MS = 5 * 60_000;
const NO_NAMES: ReadonlyMap<string, string> = new Map();

/**
 * This month's village ranking. The anchor is the start of today in Shanghai, so the query key
 * changes once a day (and the month with it at month end), not on every clock tick.
 */
export function villageRankingRequest(now: number): EvaluationRequest {
  return { unitKind: 'village', period: 'month', anchor: dayStartIso(shanghaiToday(now)) ?? '' };
}

export function RankingPanel({ scale }: WallChartPanelProps): ReactElement {
  const t = useT();
  const now = useNow(60_000);
  const evaluation = useQuery({
    ...evaluationQueryOptions(villageRankingRequest(now)),
    refetchInterval: RANKING_REFRESH_MS,
  });
  const villages = useVillageNames();
  const items = evaluation.data?.items;
  // Without names (their request failed) the chart still shows, by village id.
  const names = villages.data ?? NO_NAMES;
  const namesPending = villages.isPending;

  const option = useMemo(
    () =>
      items === undefined || namesPending
        ? null
        : buildRankingOption(items, {
            ...wallChartStyle(scale),
            labels: { units: names, empty: t('wallCharts.ranking.empty') },
          }),
    [items, names, namesPending, scale, t],
  );

  return (
    <ChartPanel
      name="ranking"
      title={t('wallCharts.ranking.title', { count: RANKING_ROWS })}
      option={option}
      failed={evaluation.isError}
    />
  );
}
