import { z } from 'zod';
import { latLng } from '../../../shared/schemas/common';
import { camera, cameraStatus, staff } from '../../../shared/schemas/town';
import type { AppContext } from '../context';
import { idempotencyKey, requireUser } from '../auth-hook';

export function registerEntityRoutes(ctx: AppContext): void {
  ctx.routes.add(
    {
      method: 'POST',
      url: '/api/staff/:id/position',
      summary: 'Report a staff position',
      tag: 'staff',
      body: latLng,
      response: staff,
    },
    async ({ body, params }, req, reply) => {
      const user = requireUser(req, 'staff:move');
      const result = await ctx.entities.moveStaff(user, params.id ?? '', body, idempotencyKey(req));
      return reply.code(result.status).send(result.body);
    },
  );
  ctx.routes.add(
    {
      method: 'POST',
      url: '/api/cameras/:id/status',
      summary: 'Set a camera status',
      tag: 'cameras',
      body: z.object({ status: cameraStatus }),
      response: camera,
    },
    async ({ body, params }, req, reply) => {
      const user = requireUser(req, 'camera:set-status');
      const result = await ctx.entities.setCameraStatus(
        user,
        params.id ?? '',
        body.status,
        idempotencyKey(req),
      );
      return reply.code(result.status).send(result.body);
    },
  );
}
