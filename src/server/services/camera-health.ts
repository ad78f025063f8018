import type { Logger } from 'pino';
import { mediaPathList, type MediaPathList } from '../../shared/schemas/video';
import type { Camera, CameraStatus } from '../../shared/schemas/town';
import type { User } from '../../shared/schemas/user';
import type { EntityService } from './entities';

type Health = 'online' | 'offline' | 'frozen';

/** A stream whose byte count has not moved for this long is frozen. */
export const FROZEN_AFTER_MS = 3_000;
const FETCH_TIMEOUT_MS = 2_000;

/**
 * Who writes health changes: a machine user with the operator's right to set camera status (as the
 * oversight scheduler acts as the system with an operator's rights); its events name it `system`.
 */
export const HEALTH_USER: User = { id: 'system', username: 'system', displayName: '系统', role: 'operator' };

export interface BytesTrack {
  bytes: number;
  changedAtMs: number;
}

/** One camera's health from its path in a MediaMTX list (pure; `track` is its byte history). */
export function decideHealth(
  path: MediaPathList['items'][number] | undefined,
  track: BytesTrack | undefined,
  nowMs: number,
): { health: Health; track: BytesTrack | undefined } {
  if (!path || !path.ready) return { health: 'offline', track: undefined };
  if (!track || track.bytes !== path.bytesReceived) {
    return { health: 'online', track: { bytes: path.bytesReceived, changedAtMs: nowMs } };
  }
  return { health: nowMs - track.changedAtMs >= FROZEN_AFTER_MS ? 'frozen' : 'online', track };
}

export interface CameraHealthDeps {
  cameras: () => Promise<Camera[]>;
  entities: Pick<EntityService, 'setCameraStatus'>;
  now: () => Date;
  /** This server's own MediaMTX-shaped lists (`/sim/...`), read in-process; null for another path. */
  localList: (url: string) => Promise<MediaPathList | null>;
  intervalMs: number;
  log: Pick<Logger, 'warn'>;
  fetchImpl?: typeof fetch;
}

/**
 * Polls each distinct health URL of the cameras with a MediaMTX health source and writes status
 * changes through the entity service (so `camera:status-changed` reaches maps and KPIs). It acts on
 * a change of health, not on every poll: a status set by hand, or `alerting` (cleared by alert
 * handling), stands until the camera's health next changes — and health coming back never turns
 * `alerting` into `online`.
 */
export class CameraHealthPoller {
  private readonly tracks = new Map<string, BytesTrack>();
  private readonly decided = new Map<string, Health>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(private readonly deps: CameraHealthDeps) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One poll of every health source. */
  async tick(): Promise<void> {
    const cams = (await this.deps.cameras()).filter((c) => c.health.kind === 'mediamtx');
    const urls = [...new Set(cams.map((c) => (c.health.kind === 'mediamtx' ? c.health.url : '')))];
    const lists = new Map(await Promise.all(urls.map(async (u) => [u, await this.read(u)] as const)));
    const nowMs = this.deps.now().getTime();
    for (const cam of cams) {
      if (cam.health.kind !== 'mediamtx') continue;
      const list = lists.get(cam.health.url);
      if (list === undefined) continue; // a path this poller cannot read: the status is left alone
      const path = list?.items.find(
        (p) => p.name === (cam.health.kind === 'mediamtx' ? cam.health.path : ''),
      );
      const { health, track } = decideHealth(path, this.tracks.get(cam.id), nowMs);
      if (track) this.tracks.set(cam.id, track);
      else this.tracks.delete(cam.id);
      if (this.decided.get(cam.id) === health) continue;
      if (await this.write(cam, health)) this.decided.set(cam.id, health);
    }
  }

  private async write(cam: Camera, health: Health): Promise<boolean> {
    if (cam.status === health || (health === 'online' && cam.status === 'alerting')) return true;
    try {
      const res = await this.deps.entities.setCameraStatus(
        HEALTH_USER,
        cam.id,
        health as CameraStatus,
        undefined,
      );
      return res.status === 200;
    } catch (err) {
      // Deleted or changed meanwhile: the next poll sees the camera as it is then.
      this.deps.log.warn({ err, cameraId: cam.id }, 'camera health: status not written');
      return false;
    }
  }

  /** The list at a health URL; null when unreachable (its cameras are offline); undefined: unreadable. */
  private async read(url: string): Promise<MediaPathList | null | undefined> {
    if (url.startsWith('/')) return (await this.deps.localList(url)) ?? undefined;
    try {
      const res = await (this.deps.fetchImpl ?? fetch)(url, {
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      if (!res.ok) return null;
      const parsed = mediaPathList.safeParse(await res.json());
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((err: unknown) => this.deps.log.warn({ err }, 'camera health poll failed'))
        .finally(() => {
          this.running = null;
          this.schedule(this.deps.intervalMs);
        });
    }, delayMs);
  }
}
