/** Strings of the wall's ECharts panels, in Simplified Chinese; spread into zh-CN.ts. */
export const wallChartsZhCN = {} satisfies Record<string, string>;

export type WallChartsMessageKey = keyof typeof wallChartsZhCN;
