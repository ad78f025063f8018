import { z } from 'zod';
import { project } from '../../../shared/auth/projection';
import { camera, cameraInput } from '../../../shared/schemas/town';
import { decodeCamerasCsv, encodeCamerasCsv } from '../../../shared/video/camera-csv';
import {
  CAMERA_IMPORT_MAX_BYTES,
  cameraDeleteQuery,
  cameraEdit,
  cameraFormatQuery,
  cameraImportResult,
  canonicalCameraInput,
} from '../../../shared/video/camera-registry';
import { CameraRegistryService } from '../../services/camera-registry';
import { idempotencyKey, requireUser } from '../auth-hook';
import type { AppContext } from '../context';
import { HttpError } from '../errors';

const IMPORT_URL = '/api/cameras/import';
/** A JSON array of cameras, or the CSV text (sent as text/csv or text/plain). */
const importBody = z.union([z.string(), z.array(z.unknown())]);

const badFile = (reason: string): HttpError =>
  new HttpError(400, 'validation_failed', reason, { fields: { '(body)': reason } });

function importRows(
  format: 'json' | 'csv',
  body: string | unknown[],
): Array<{ row: number; value: unknown }> {
  if (format === 'csv') {
    if (typeof body !== 'string') throw badFile('format=csv expects the CSV text (Content-Type: text/csv)');
    const decoded = decodeCamerasCsv(body);
    if (!decoded.ok) throw badFile(decoded.reason);
    return decoded.rows;
  }
  let items: unknown = body;
  if (typeof body === 'string') {
    try {
      items = JSON.parse(body.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw badFile(`not JSON: ${(err as Error).message}`);
    }
  }
  if (!Array.isArray(items)) throw badFile('format=json expects an array of cameras');
  return items.map((value, i) => ({ row: i + 1, value }));
}

/** The camera registry at /admin: create, edit, delete, import and export (issue 5, point 1). */
export function registerCameraRoutes(ctx: AppContext): void {
  const registry = new CameraRegistryService({
    repo: ctx.repo,
    reference: ctx.reference,
    now: ctx.now,
    publish: (events) => ctx.hub.publish(events),
  });
  const { app } = ctx.routes;
  // The registry declares no per-route body limit; raise it for the import alone as Fastify adds it.
  app.addHook('onRoute', (route) => {
    if (route.url === IMPORT_URL && route.method === 'POST') route.bodyLimit = CAMERA_IMPORT_MAX_BYTES;
  });
  if (!app.hasContentTypeParser('text/csv'))
    app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_req, text, done) => done(null, text));

  ctx.routes.add(
    {
      method: 'POST',
      url: '/api/cameras',
      summary: 'Register a camera (admin); 409 if the id exists, 400 for an unknown grid',
      tag: 'cameras',
      body: cameraInput,
      response: camera,
      status: 201,
    },
    async ({ body }, req, reply) => {
      const user = requireUser(req, 'camera:write');
      const result = await registry.create(user, body, idempotencyKey(req));
      return reply.code(result.status).send(result.body);
    },
  );
  ctx.routes.add(
    {
      method: 'PUT',
      url: '/api/cameras/:id',
      summary: "Edit a camera's registry fields (admin); 409 on a stale expectedVersion",
      tag: 'cameras',
      body: cameraEdit,
      response: camera,
    },
    async ({ body, params }, req, reply) => {
      const user = requireUser(req, 'camera:write');
      const result = await registry.edit(user, params.id ?? '', body, idempotencyKey(req));
      return reply.code(result.status).send(result.body);
    },
  );
  ctx.routes.add(
    {
      method: 'DELETE',
      url: '/api/cameras/:id',
      summary: 'Delete a camera (admin): ?expectedVersion=N; answers its last state, version + 1',
      tag: 'cameras',
      query: cameraDeleteQuery,
      response: camera,
    },
    async ({ query, params }, req, reply) => {
      const user = requireUser(req, 'camera:write');
      const result = await registry.remove(user, params.id ?? '', query.expectedVersion, idempotencyKey(req));
      return reply.code(result.status).send(result.body);
    },
  );
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/cameras/export',
      summary: 'The cameras this viewer may see as registry records, by id: JSON array or CSV (UTF-8 BOM)',
      tag: 'cameras',
      query: cameraFormatQuery,
      response: z.array(cameraInput),
    },
    async ({ query }, req, reply) => {
      const user = requireUser(req, 'camera:read');
      const records = (await ctx.repo.listCameras())
        .map((c) => project({ kind: 'camera', value: c }, user))
        .filter((c) => c !== null)
        .map(canonicalCameraInput)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const file = `cameras.${query.format}`;
      reply.header('content-disposition', `attachment; filename="${file}"`);
      if (query.format === 'json') return reply.send(records);
      return reply.type('text/csv; charset=utf-8').send(encodeCamerasCsv(records));
    },
  );
  ctx.routes.add(
    {
      method: 'POST',
      url: IMPORT_URL,
      summary:
        'Import cameras (admin): JSON array or CSV (?format=csv, text/csv); all rows valid or nothing changes; upsert by id',
      tag: 'cameras',
      query: cameraFormatQuery,
      body: importBody,
      response: cameraImportResult,
    },
    async ({ query, body }, req, reply) => {
      const user = requireUser(req, 'camera:write');
      const result = await registry.import(user, importRows(query.format, body), idempotencyKey(req));
      return reply.code(result.status).send(result.body);
    },
  );
}
