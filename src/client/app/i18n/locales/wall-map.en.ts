import type { WallMapMessageKey } from './wall-map.zh-CN';

/** Strings of the wall's map and grid panel, in English; typed against wall-map.zh-CN.ts so a missing key fails the type-check. */
export const wallMapEn: Record<WallMapMessageKey, string> = {};
