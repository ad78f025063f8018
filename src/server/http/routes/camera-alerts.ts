import { z } from 'zod';
import { project } from '../../../shared/auth/projection';
import {
  cameraAlert,
  cameraAlertState,
  cameraAlertWebhook,
  MAX_ALERT_SNAPSHOT_BYTES,
} from '../../../shared/schemas/video';
import { priority, workOrder } from '../../../shared/schemas/work-order';
import type { CameraAlertService } from '../../services/camera-alerts';
import { magicMatches } from '../../services/photos';
import { idempotencyKey, requireUser } from '../auth-hook';
import type { AppContext } from '../context';
import { HttpError } from '../errors';
import { requireSignature } from '../hmac';

/** A 2 MB JPEG as base64 inside JSON, with room for the other fields. */
const WEBHOOK_BODY_LIMIT = Math.ceil((MAX_ALERT_SNAPSHOT_BYTES * 4) / 3) + 16 * 1024;

/** The snapshot's bytes: base64 (optionally a data: URL) of a JPEG of at most 2 MB, or 400. */
export function decodeSnapshot(text: string | undefined): Buffer | null {
  if (text === undefined) return null;
  const base64 = text.replace(/^data:image\/jpeg;base64,/i, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
    throw new HttpError(
      400,
      'bad_snapshot',
      'snapshot must be base64 (optionally a data:image/jpeg;base64, URL)',
    );
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_ALERT_SNAPSHOT_BYTES)
    throw new HttpError(
      413,
      'snapshot_too_large',
      `a snapshot may have at most ${MAX_ALERT_SNAPSHOT_BYTES} bytes`,
    );
  if (!magicMatches('image/jpeg', bytes))
    throw new HttpError(400, 'bad_snapshot', 'snapshot is not a JPEG image');
  return bytes;
}

const listQuery = z.object({
  state: cameraAlertState.optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const confirmBody = z.object({
  expectedVersion: z.number().int().min(1),
  title: z.string().trim().min(1).max(200).optional(),
  priority: priority.optional(),
});
const dismissBody = z.object({
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().min(1).max(500).optional(),
});

export function registerCameraAlertRoutes(ctx: AppContext, alerts: CameraAlertService, secret: string): void {
  ctx.routes.add(
    {
      method: 'POST',
      url: '/api/integrations/camera-alerts',
      summary:
        "Camera AI alert webhook (HMAC: X-Signature sha256=<hex> of the raw body with CAMERA_ALERT_SECRET); 201 raised, 200 folded into the camera's alert of the last 5 minutes",
      tag: 'integrations',
      public: true,
      body: cameraAlertWebhook,
      response: cameraAlert,
      status: 201,
      bodyLimit: WEBHOOK_BODY_LIMIT,
      rawBody: true,
    },
    async ({ body }, req, reply) => {
      requireSignature(req, secret);
      const result = await alerts.receive(body, decodeSnapshot(body.snapshot), idempotencyKey(req));
      return reply.code(result.status).send(result.body);
    },
  );
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/camera-alerts',
      summary: "Camera alerts, newest first (state=open for the console's queue)",
      tag: 'cameras',
      query: listQuery,
      response: z.object({ items: z.array(cameraAlert) }),
    },
    async ({ query }, req) => {
      const user = requireUser(req, 'camera:read');
      const items = (await ctx.repo.cameraAlerts.list(query))
        .map((a) => project({ kind: 'camera-alert', value: a }, user))
        .filter((a) => a !== null);
      return { items };
    },
  );
  ctx.routes.add(
    {
      method: 'POST',
      url: '/api/camera-alerts/:id/confirm',
      summary: 'Confirm an alert: file it as a work order (source video, snapshot attached, at the camera)',
      tag: 'cameras',
      body: confirmBody,
      response: z.object({ alert: cameraAlert, workOrder }),
    },
    async ({ body, params }, req, reply) => {
      const user = requireUser(req, 'camera-alert:handle');
      const result = await alerts.confirm(user, params.id ?? '', body, idempotencyKey(req));
      return reply.code(result.status).send(result.body);
    },
  );
  ctx.routes.add(
    {
      method: 'POST',
      url: '/api/camera-alerts/:id/dismiss',
      summary: 'Dismiss an alert (a false alarm); logged with its reason',
      tag: 'cameras',
      body: dismissBody,
      response: cameraAlert,
    },
    async ({ body, params }, req, reply) => {
      const user = requireUser(req, 'camera-alert:handle');
      const result = await alerts.dismiss(user, params.id ?? '', body, idempotencyKey(req));
      return reply.code(result.status).send(result.body);
    },
  );
}
