import type { WallChartsMessageKey } from './wall-charts.zh-CN';

/** Strings of the wall's ECharts panels, in English; typed against wall-charts.zh-CN.ts so a missing key fails the type-check. */
export const wallChartsEn: Record<WallChartsMessageKey, string> = {};
