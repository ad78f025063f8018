import type { CameraFault } from '../../shared/schemas/video';

/** How a simulated camera behaves at an instant, given its fault (pure: the clock is passed in). */
export interface FaultEffect {
  /** False: nothing answers (the playlist, segments and snapshot are 503, health `ready: false`). */
  reachable: boolean;
  /** Set while frozen: the epoch ms the picture stopped at; the live edge stays there. */
  frozenAtMs: number | null;
  /** How long playlist and segment answers are held back (a slow uplink). */
  delayMs: number;
}

/** A flapping camera is down for this long, then up for as long, starting down when set. */
export const FLAP_PERIOD_MS = 10_000;
/** A slow camera answers after this long: over a 1-s segment, so a player stalls now and then. */
export const SLOW_DELAY_MS = 2_000;

const HEALTHY: FaultEffect = { reachable: true, frozenAtMs: null, delayMs: 0 };

export function faultEffect(
  fault: { fault: CameraFault; sinceMs: number } | null,
  nowMs: number,
): FaultEffect {
  if (!fault) return HEALTHY;
  switch (fault.fault) {
    case 'offline':
      return { ...HEALTHY, reachable: false };
    case 'frozen':
      return { ...HEALTHY, frozenAtMs: Math.min(fault.sinceMs, nowMs) };
    case 'slow':
      return { ...HEALTHY, delayMs: SLOW_DELAY_MS };
    case 'flapping': {
      const phase = Math.floor(Math.max(0, nowMs - fault.sinceMs) / FLAP_PERIOD_MS);
      return { ...HEALTHY, reachable: phase % 2 === 1 };
    }
  }
}

/** When the current up-phase of a flapping camera began (for MediaMTX's readyTime). */
export function flapUpSince(sinceMs: number, nowMs: number): number {
  const phase = Math.floor(Math.max(0, nowMs - sinceMs) / FLAP_PERIOD_MS);
  return sinceMs + phase * FLAP_PERIOD_MS;
}
