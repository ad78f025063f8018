import { listOf } from '../../../shared/schemas/common';
import { project } from '../../../shared/auth/projection';
import {
  cameraFaultBody,
  cameraFaultEntry,
  cameraFaultState,
  cameraHealthReport,
} from '../../../shared/schemas/video';
import type { Camera } from '../../../shared/schemas/town';
import type { User } from '../../../shared/schemas/user';
import { toShanghaiIso } from '../../../shared/work-order-number';
import { uptimeReport, UPTIME_WINDOW_MS } from '../../services/camera-uptime';
import type { SimMedia } from '../../sim-media/setup';
import { idempotencyKey, requireUser } from '../auth-hook';
import type { AppContext } from '../context';

/** Fault injection for the camera simulator (admin, operator) and the cameras' health figures. */
export function registerCameraFaultRoutes(ctx: AppContext, sim: SimMedia): void {
  const visibleCameras = async (user: User): Promise<Camera[]> =>
    (await ctx.repo.listCameras()).filter((c) => project({ kind: 'camera', value: c }, user) !== null);

  ctx.routes.add(
    {
      method: 'POST',
      url: '/api/cameras/:id/faults',
      summary: 'Inject (or with null clear) a simulated camera fault: offline, frozen, slow, flapping',
      tag: 'cameras',
      body: cameraFaultBody,
      response: cameraFaultState,
    },
    async ({ body, params }, req, reply) => {
      const user = requireUser(req, 'camera:set-status');
      const result = await sim.faults.set(user, params.id ?? '', body.fault, idempotencyKey(req));
      return reply.code(result.status).send(result.body);
    },
  );
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/cameras/faults',
      summary: 'Simulated camera faults in force',
      tag: 'cameras',
      response: listOf(cameraFaultEntry),
    },
    async (_i, req) => {
      const user = requireUser(req, 'camera:read');
      const visible = new Set((await visibleCameras(user)).map((c) => c.id));
      const items = sim.faults.list().filter((f) => visible.has(f.cameraId));
      return { items, total: items.length };
    },
  );
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/cameras/health',
      summary: 'Camera health: status, uptime over 24 h and last change per camera; the offline list',
      tag: 'cameras',
      response: cameraHealthReport,
    },
    async (_i, req) => {
      const user = requireUser(req, 'camera:read');
      const nowMs = ctx.now().getTime();
      const since = toShanghaiIso(new Date(nowMs - UPTIME_WINDOW_MS));
      const history = await ctx.repo.cameraHealth.statusChanges(since);
      const items = uptimeReport({ cameras: await visibleCameras(user), ...history, nowMs });
      const offline = items.filter((i) => i.status === 'offline' || i.status === 'frozen');
      return { items, total: items.length, offline };
    },
  );
}
