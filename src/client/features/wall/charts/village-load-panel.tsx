import { useMemo } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../../app/i18n/i18n';
import { useVillageNames } from '../../../lib/wall/get-villages';
import { useWallSummary } from '../../../lib/wall/get-wall-summary';
import { VILLAGE_ROWS, buildVillageLoadOption } from './build-village-load-option';
import { ChartPanel } from './chart-panel';
import type { WallChartPanelProps } from './chart-panel';
import { wallChartStyle } from './wall-chart-theme';

const NO_NAMES: ReadonlyMap<string, string> = new Map();

export function VillageLoadPanel({ scale }: WallChartPanelProps): ReactElement {
  const t = useT();
  const summary = useWallSummary();
  const villages = useVillageNames();
  const load = summary.data?.loadByVillage;
  // Without names (their request failed) the chart still shows, by village id.
  const names = villages.data ?? NO_NAMES;
  const namesPending = villages.isPending;

  const option = useMemo(
    () =>
      load === undefined || namesPending
        ? null
        : buildVillageLoadOption(load, {
            ...wallChartStyle(scale),
            labels: { villages: names, empty: t('wallCharts.villageLoad.empty') },
          }),
    [load, names, namesPending, scale, t],
  );

  return (
    <ChartPanel
      name="village-load"
      title={t('wallCharts.villageLoad.title', { count: VILLAGE_ROWS })}
      option={option}
      failed={summary.isError}
    />
  );
}
