import { toShanghaiIso } from '../../shared/work-order-number';
import type { CameraFault, MediaPathList } from '../../shared/schemas/video';
import type { SimClip } from './clips';
import { faultEffect, flapUpSince, type FaultEffect } from './faults';
import { liveWindow, placementOf, renderPlaylist, WINDOW_SIZE } from './playlist';

/** What the simulator answers; the route turns it into HTTP (404, 503, the body after `delayMs`). */
export type SimAnswer<T> =
  | { kind: 'ok'; value: T; delayMs: number }
  | { kind: 'unknown'; reason: string }
  | { kind: 'offline'; reason: string };

export interface SimOriginDeps {
  clips: readonly SimClip[];
  now: () => Date;
  hasCamera: (id: string) => Promise<boolean>;
  cameraIds: () => Promise<string[]>;
  faultOf: (id: string) => { fault: CameraFault; sinceMs: number } | null;
}

/**
 * The built-in camera simulator: a live HLS origin per camera over the committed clips, with
 * snapshots and a MediaMTX-shaped path list. Everything follows from the clock and the faults.
 */
export class SimMediaOrigin {
  private readonly startedMs: number;
  /**
   * Media sequence numbers count seconds from just before this start, not from 1970: hls.js keeps
   * per-discontinuity state in arrays indexed by the discontinuity sequence, and a sequence in the
   * hundred millions (epoch seconds / clip length) made every fragment take over a second to
   * buffer in Chromium. A restart starts the count again; players reconnect as after any restart.
   */
  private readonly epochSecond: number;

  constructor(private readonly deps: SimOriginDeps) {
    this.startedMs = deps.now().getTime();
    this.epochSecond = Math.floor(this.startedMs / 1000) - WINDOW_SIZE;
  }

  /** The live second on the playlists' own count; a freeze from before this start shows the first one. */
  private liveSecond(ms: number): number {
    return Math.max(WINDOW_SIZE, Math.floor(ms / 1000) - this.epochSecond);
  }

  async playlist(cameraId: string): Promise<SimAnswer<string>> {
    return this.live(cameraId, (clip, placement, second) =>
      renderPlaylist(liveWindow(placement, clip, second)),
    );
  }

  /** A segment of the camera's clip; any index of its own clip (a player may lag the window). */
  async segment(cameraId: string, clipName: string, index: number): Promise<SimAnswer<Buffer>> {
    return this.live(cameraId, (clip) => (clip.name === clipName ? clip.segments[index]?.ts : undefined));
  }

  /** The JPEG of the segment at the camera's live edge. */
  async snapshot(cameraId: string): Promise<SimAnswer<Buffer>> {
    const answer = await this.live(cameraId, (clip, placement, second) => {
      const window = liveWindow(placement, clip, second, 1);
      return clip.segments[window.segments[0]?.index ?? 0]?.jpeg;
    });
    // A snapshot is a still: it is not held back like the stream of a slow camera.
    return answer.kind === 'ok' ? { ...answer, delayMs: 0 } : answer;
  }

  /** `GET /v3/paths/list` of MediaMTX: one path per camera. */
  async paths(): Promise<MediaPathList> {
    const nowMs = this.deps.now().getTime();
    const items = (await this.deps.cameraIds()).map((name) => {
      const fault = this.deps.faultOf(name);
      const effect = faultEffect(fault, nowMs);
      if (!effect.reachable) {
        return { name, ready: false, readyTime: null, tracks: [], bytesReceived: 0 };
      }
      const clip = this.clipOf(name);
      const upSince = fault?.fault === 'flapping' ? flapUpSince(fault.sinceMs, nowMs) : this.startedMs;
      // Bytes a publisher would have sent since the simulator started; a frozen one sent no more.
      const untilMs = effect.frozenAtMs ?? nowMs;
      const seconds = Math.max(0, Math.floor(untilMs / 1000) - Math.floor(this.startedMs / 1000) + 1);
      return {
        name,
        ready: true,
        readyTime: toShanghaiIso(new Date(upSince)),
        tracks: ['H264'],
        bytesReceived: seconds * clip.bytesPerSecond,
      };
    });
    return { pageCount: 1, itemCount: items.length, items };
  }

  private clipOf(cameraId: string): SimClip {
    const placement = placementOf(cameraId, this.deps.clips);
    return this.deps.clips[placement.clip] as SimClip;
  }

  private async live<T>(
    cameraId: string,
    pick: (clip: SimClip, placement: { clip: number; offset: number }, second: number) => T | undefined,
  ): Promise<SimAnswer<T>> {
    if (!(await this.deps.hasCamera(cameraId))) {
      return { kind: 'unknown', reason: `no camera ${cameraId}` };
    }
    const nowMs = this.deps.now().getTime();
    const effect: FaultEffect = faultEffect(this.deps.faultOf(cameraId), nowMs);
    if (!effect.reachable) return { kind: 'offline', reason: `camera ${cameraId} is offline` };
    const placement = placementOf(cameraId, this.deps.clips);
    const clip = this.deps.clips[placement.clip] as SimClip;
    const value = pick(clip, placement, this.liveSecond(effect.frozenAtMs ?? nowMs));
    if (value === undefined) return { kind: 'unknown', reason: `no such segment of camera ${cameraId}` };
    return { kind: 'ok', value, delayMs: effect.delayMs };
  }
}
