import { useMemo } from 'react';
import type { ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../app/i18n/i18n';
import { categoriesQueryOptions } from '../../../lib/triage/get-categories';
import type { Category } from '../../../../shared/schemas/town';
import { useWallSummary } from '../../../lib/wall/get-wall-summary';
import { buildCategoryTodayOption } from './build-category-today-option';
import { ChartPanel } from './chart-panel';
import type { WallChartPanelProps } from './chart-panel';
import { categoryNames } from './label-maps';
import { wallChartStyle } from './wall-chart-theme';

// Module-level, so TanStack Query re-runs it (and the chart rebuilds its option) only when the list changes.
const selectNames = (list: { items: readonly Category[] }): ReadonlyMap<string, string> =>
  new Map(list.items.map((c) => [c.code, c.name]));

export function CategoryTodayPanel({ scale }: WallChartPanelProps): ReactElement {
  const t = useT();
  const summary = useWallSummary();
  const categories = useQuery({ ...categoriesQueryOptions(), select: selectNames });
  const rows = summary.data?.byCategoryToday;
  const townNames = categories.data;
  const namesPending = categories.isPending;

  const option = useMemo(
    () =>
      rows === undefined || namesPending
        ? null
        : buildCategoryTodayOption(rows, {
            ...wallChartStyle(scale),
            labels: {
              categories: categoryNames(t, townNames),
              uncategorised: t('wallCharts.uncategorised'),
              other: t('wallCharts.other'),
              empty: t('wallCharts.categoryToday.empty'),
            },
          }),
    [rows, townNames, namesPending, scale, t],
  );

  return (
    <ChartPanel
      name="category-today"
      title={t('wallCharts.categoryToday.title')}
      option={option}
      failed={summary.isError}
    />
  );
}
