import { z } from 'zod';
import { cameraAlert } from '../../shared/schemas/video';
import { signBody } from '../http/hmac';
import { rngFor } from '../seed/prng';
import { describeError, isOk, type SimRuntime } from './runtime';
import { SIM_USERS } from './users';

/** AI alert kinds by the cameras that raise them: streets see vending and parking, the lakeside floods. */
const KINDS_BY_SOURCE = {
  community: ['garbage', 'illegal_parking', 'crowd', 'fire_smoke', 'intrusion'],
  police: ['crowd', 'illegal_parking', 'street_vending', 'intrusion'],
  enterprise: ['fire_smoke', 'intrusion'],
  environment: ['flooding', 'fire_smoke', 'garbage'],
} as const;

/** Simulated minutes between alerts from the town's cameras, on average. */
const MEAN_GAP_MIN = 4;
/** Share of alerts that repeat the last camera's (the same event seen again: it folds). */
const REPEAT_SHARE = 0.25;
/** Simulated minutes an alert waits before the simulated duty operator handles it. */
const HANDLE_AFTER_MIN = 8;
/** Share of handled alerts the simulated operator files as work orders; the rest are false alarms. */
const CONFIRM_SHARE = 0.6;

const alertList = z.object({ items: z.array(cameraAlert) });

export interface AlertSource {
  /** One tick: maybe an alert from a camera (through the signed webhook), and the operator's handling. */
  tick(): Promise<void>;
}

/**
 * The town's AI cameras as an outside platform would be: alerts posted to the camera-alert webhook,
 * signed with CAMERA_ALERT_SECRET, with the camera's current snapshot from the media server. The
 * simulated duty operator then confirms or dismisses what nobody at the console handled.
 */
export function createAlertSource(rt: SimRuntime, opts: { secret: string; baseUrl: string }): AlertSource {
  const rng = rngFor(rt.seed, 'camera-alerts');
  let last: { cameraId: string; type: string } | null = null;
  let lastTick = Date.now();

  async function snapshotOf(cameraId: string): Promise<string | undefined> {
    try {
      const res = await fetch(`${opts.baseUrl}/sim/snapshot/${encodeURIComponent(cameraId)}.jpg`, {
        signal: AbortSignal.timeout(5000),
      });
      return res.ok ? Buffer.from(await res.arrayBuffer()).toString('base64') : undefined;
    } catch {
      return undefined;
    }
  }

  async function raise(): Promise<void> {
    const cameras = rt.town.cameras;
    const repeat = last !== null && rng.chance(REPEAT_SHARE);
    const camera = repeat ? cameras.find((c) => c.id === last!.cameraId)! : rng.pick(cameras);
    const type = repeat ? last!.type : rng.pick(KINDS_BY_SOURCE[camera.source]);
    last = { cameraId: camera.id, type };
    const snapshot = await snapshotOf(camera.id);
    const raw = JSON.stringify({
      cameraId: camera.id,
      type,
      at: new Date().toISOString(),
      ...(snapshot ? { snapshot } : {}),
    });
    const signature = signBody(opts.secret, raw);
    const res = await fetch(`${opts.baseUrl}/api/integrations/camera-alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature': signature },
      body: raw,
      signal: AbortSignal.timeout(15_000),
    });
    if (isOk(res.status)) return;
    rt.stats.failures++;
    rt.warn(
      `alert:${res.status}`,
      { cameraId: camera.id, status: res.status },
      'simulator camera alert refused',
    );
  }

  async function handleStale(): Promise<void> {
    const res = await rt.client.get(SIM_USERS.operator, '/api/camera-alerts?state=open&limit=100');
    const list = alertList.safeParse(res.body);
    if (res.status !== 200 || !list.success) return;
    const now = Date.now();
    for (const alert of list.data.items) {
      const waitedMin = ((now - Date.parse(alert.lastAt)) * rt.speed) / 60_000;
      if (waitedMin < HANDLE_AFTER_MIN) continue;
      const action = rngFor(rt.seed, `alert:${alert.id}`).chance(CONFIRM_SHARE) ? 'confirm' : 'dismiss';
      const body =
        action === 'confirm'
          ? { expectedVersion: alert.version }
          : { expectedVersion: alert.version, reason: '复核画面为误报' };
      const done = await rt.client.post(SIM_USERS.operator, `/api/camera-alerts/${alert.id}/${action}`, body);
      if (isOk(done.status)) rt.stats.commands++;
      else if (done.status !== 409)
        rt.warn(`alert:${action}:${done.status}`, { alertId: alert.id }, 'simulator alert handling refused');
    }
  }

  return {
    tick: async () => {
      const now = Date.now();
      const simMinutes = ((now - lastTick) * rt.speed) / 60_000;
      lastTick = now;
      // Poisson arrivals: the chance of at least one alert in this tick's simulated minutes.
      if (rng.chance(1 - Math.exp(-simMinutes / MEAN_GAP_MIN))) {
        await raise().catch((error: unknown) =>
          rt.warn('alert:error', describeError(error), 'simulator camera alert failed'),
        );
      }
      await handleStale();
    },
  };
}
