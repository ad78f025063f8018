import type { WallChartsMessageKey } from './wall-charts.zh-CN';

/** Strings of the wall's ECharts panels, in English; typed against wall-charts.zh-CN.ts so a missing key fails the type-check. */
export const wallChartsEn: Record<WallChartsMessageKey, string> = {
  'wallCharts.loading': 'Loading…',
  'wallCharts.loadFailed': 'Failed to load',
  'wallCharts.other': 'Other',
  'wallCharts.uncategorised': 'Uncategorised',

  'wallCharts.categoryToday.title': 'Orders today by category',
  'wallCharts.categoryToday.empty': 'No orders today',
  'wallCharts.trend.title': 'Last 24 hours by source',
  'wallCharts.trend.empty': 'No orders in the last 24 hours',
  'wallCharts.villageLoad.title': 'Open orders by village (top {count})',
  'wallCharts.villageLoad.empty': 'No open orders in any village',
  'wallCharts.departmentOnTime.title': 'On-time resolution today by department',
  'wallCharts.departmentOnTime.empty': 'Nothing due or resolved today',
  'wallCharts.pipeline.title': 'Orders by status',
  'wallCharts.pipeline.empty': 'No orders',
  'wallCharts.ranking.title': 'Village performance this month (top {count})',
  'wallCharts.ranking.empty': 'No performance data this month',
};
