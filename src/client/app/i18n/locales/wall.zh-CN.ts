/** Strings of the wall (大屏): layout, header, KPIs, scenes, card board, ticker, in Simplified Chinese; spread into zh-CN.ts. */
export const wallZhCN = {} satisfies Record<string, string>;

export type WallMessageKey = keyof typeof wallZhCN;
