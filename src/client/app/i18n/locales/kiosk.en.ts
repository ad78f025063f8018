import type { KioskMessageKey } from './kiosk.zh-CN';

/** Strings of kiosk tokens and map-layer import at /admin, in English; typed against kiosk.zh-CN.ts so a missing key fails the type-check. */
export const kioskEn: Record<KioskMessageKey, string> = {};
