import { z } from 'zod';
import { isoTime } from './common';

/** A wall kiosk's token as the administrator lists it: never its secret. */
export const kioskToken = z.object({
  id: z.string(),
  /** Where the screen hangs, e.g. 一楼指挥大屏. */
  name: z.string(),
  createdAt: isoTime,
  /** User id of the administrator who issued it. */
  createdBy: z.string(),
  revokedAt: isoTime.nullable(),
  /** The last sign-in with the token or request of its session (written at most every few minutes). */
  lastUsedAt: isoTime.nullable(),
});
export type KioskToken = z.infer<typeof kioskToken>;

/** The answer to issuing a token: the one and only time its URL (`/wall?token=…`) is shown. */
export const issuedKioskToken = kioskToken.extend({ path: z.string() });
export type IssuedKioskToken = z.infer<typeof issuedKioskToken>;

export const kioskTokenIssueBody = z.object({ name: z.string().trim().min(1).max(40) });
export type KioskTokenIssueBody = z.infer<typeof kioskTokenIssueBody>;

/** POST /api/auth/kiosk: the secret from the token URL. */
export const kioskExchangeBody = z.object({ token: z.string().min(1).max(128) });
