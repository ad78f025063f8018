/** Strings of kiosk tokens and map-layer import at /admin, in Simplified Chinese; spread into zh-CN.ts. */
export const kioskZhCN = {} satisfies Record<string, string>;

export type KioskMessageKey = keyof typeof kioskZhCN;
