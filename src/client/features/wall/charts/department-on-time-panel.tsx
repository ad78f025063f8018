import { useMemo } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../../app/i18n/i18n';
import { useDepartments } from '../../../lib/reference';
import { useWallSummary } from '../../../lib/wall/get-wall-summary';
import { buildDepartmentOnTimeOption } from './build-department-on-time-option';
import { ChartPanel } from './chart-panel';
import type { WallChartPanelProps } from './chart-panel';
import { wallChartStyle } from './wall-chart-theme';

export function DepartmentOnTimePanel({ scale }: WallChartPanelProps): ReactElement {
  const t = useT();
  const summary = useWallSummary();
  const departments = useDepartments();
  const rows = summary.data?.onTimeByDepartment;
  const list = departments.data;
  const namesPending = departments.isPending;

  const option = useMemo(
    () =>
      rows === undefined || namesPending
        ? null
        : buildDepartmentOnTimeOption(rows, {
            ...wallChartStyle(scale),
            labels: {
              // Without names (their request failed) the chart still shows, by department id.
              departments: new Map((list ?? []).map((d) => [d.id, d.name])),
              empty: t('wallCharts.departmentOnTime.empty'),
            },
          }),
    [rows, list, namesPending, scale, t],
  );

  return (
    <ChartPanel
      name="department-on-time"
      title={t('wallCharts.departmentOnTime.title')}
      option={option}
      failed={summary.isError}
    />
  );
}
