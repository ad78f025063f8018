import type { WallMessageKey } from './wall.zh-CN';

/** Strings of the wall (大屏): layout, header, KPIs, scenes, card board, ticker, in English; typed against wall.zh-CN.ts so a missing key fails the type-check. */
export const wallEn: Record<WallMessageKey, string> = {};
