import type { CameraStatus } from '../../shared/schemas/town';
import type { CameraHealthItem } from '../../shared/schemas/video';

export const UPTIME_WINDOW_MS = 24 * 60 * 60 * 1000;

const isUp = (status: string): boolean => status === 'online' || status === 'alerting';

export interface UptimeInput {
  cameras: ReadonlyArray<{ id: string; status: CameraStatus }>;
  /** Each camera's last status change before the window. */
  before: ReadonlyArray<{ cameraId: string; status: string; at: string }>;
  /** Status changes inside the window, oldest first. */
  within: ReadonlyArray<{ cameraId: string; status: string; at: string }>;
  nowMs: number;
}

/**
 * Uptime over the last 24 h from the camera:status-changed log (pure). A camera's status when the
 * window opened is its last change before it; with none, a camera that changed inside the window
 * was the opposite of its first change (events are written only on a change), and one that never
 * changed has had its current status all along.
 */
export function uptimeReport(input: UptimeInput): CameraHealthItem[] {
  const since = input.nowMs - UPTIME_WINDOW_MS;
  const before = new Map(input.before.map((b) => [b.cameraId, b]));
  const changes = new Map<string, Array<{ status: string; ms: number; at: string }>>();
  for (const c of input.within) {
    const list = changes.get(c.cameraId) ?? [];
    list.push({ status: c.status, ms: Date.parse(c.at), at: c.at });
    changes.set(c.cameraId, list);
  }
  return input.cameras.map((cam) => {
    const list = changes.get(cam.id) ?? [];
    const first = list[0];
    let up = before.has(cam.id)
      ? isUp(before.get(cam.id)?.status ?? '')
      : first
        ? !isUp(first.status)
        : isUp(cam.status);
    let from = since;
    let upMs = 0;
    for (const change of list) {
      const at = Math.min(Math.max(change.ms, since), input.nowMs);
      if (up) upMs += at - from;
      from = at;
      up = isUp(change.status);
    }
    if (up) upMs += input.nowMs - from;
    const last = list.at(-1)?.at ?? before.get(cam.id)?.at ?? null;
    return {
      cameraId: cam.id,
      status: cam.status,
      // Four decimals: a one-second outage (0.0012 %) still shows.
      uptimePercent24h: Math.round((upMs / UPTIME_WINDOW_MS) * 1_000_000) / 10_000,
      lastChangeAt: last,
    };
  });
}
