/** Strings of the wall's map and grid panel, in Simplified Chinese; spread into zh-CN.ts. */
export const wallMapZhCN = {} satisfies Record<string, string>;

export type WallMapMessageKey = keyof typeof wallMapZhCN;
