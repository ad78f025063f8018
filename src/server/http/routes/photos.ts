import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { can } from '../../../shared/auth/policy';
import type { User } from '../../../shared/schemas/user';
import {
  isPhotoType,
  MAX_PHOTO_BYTES,
  mediaTypeOf,
  PHOTO_TYPES,
  PhotoStore,
  storedPhoto,
} from '../../services/photos';
import { requireUser } from '../auth-hook';
import type { AppContext } from '../context';
import { forbidden, HttpError, notFound } from '../errors';

const UPLOAD_URL = '/api/photos';

/** Field staff attach photos to reports and resolutions: whoever may create or command work orders. */
function mayUpload(user: User): boolean {
  return can(user.role, 'work-order:command') || can(user.role, 'work-order:create');
}

const tooLarge = (): HttpError =>
  new HttpError(413, 'payload_too_large', `a photo may have at most ${MAX_PHOTO_BYTES} bytes`);

const unsupported = (type: string): HttpError =>
  new HttpError(
    415,
    'unsupported_media_type',
    `Content-Type must be one of ${PHOTO_TYPES.join(', ')}${type ? `, not ${type}` : ''}`,
  );

/**
 * The raw image body, read only for the upload route and only up to 10 MB (the app's limit for JSON
 * stays 1 MB). Refusals that need no body (role, declared length) come before a byte is read.
 */
async function readPhotoBody(req: FastifyRequest, payload: AsyncIterable<Buffer>): Promise<Buffer> {
  // Anywhere else an image body is what it was before this parser existed: no route, or 415.
  if (req.is404) return Buffer.alloc(0);
  if (req.routeOptions.url !== UPLOAD_URL) throw unsupported(mediaTypeOf(req.headers['content-type']));
  if (req.user && !mayUpload(req.user)) throw forbidden('upload photos');
  if (Number(req.headers['content-length']) > MAX_PHOTO_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of payload) {
    total += chunk.length;
    if (total > MAX_PHOTO_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

export function registerPhotoRoutes(ctx: AppContext): void {
  const photos = new PhotoStore(join(ctx.dataDir ?? '', 'photos'), ctx.now);
  const storage = (): PhotoStore => {
    if (ctx.dataDir === undefined) throw new HttpError(503, 'no_storage', 'this server stores no photos');
    return photos;
  };

  ctx.routes.app.addContentTypeParser(PHOTO_TYPES, (req: FastifyRequest, payload: IncomingMessage) =>
    readPhotoBody(req, payload),
  );

  ctx.routes.add(
    {
      method: 'POST',
      url: UPLOAD_URL,
      summary:
        'Upload one photo: the raw bytes as the body, Content-Type image/jpeg, image/png, image/heic or image/heif, at most 10 MB',
      tag: 'photos',
      response: storedPhoto,
      status: 201,
    },
    async (_input, req, reply) => {
      const user = requireUser(req);
      if (!mayUpload(user)) throw forbidden('upload photos');
      const type = mediaTypeOf(req.headers['content-type']);
      if (!isPhotoType(type)) throw unsupported(type);
      if (!Buffer.isBuffer(req.body)) throw new HttpError(400, 'empty_body', 'the photo is empty');
      const saved = await storage().save(type, req.body);
      await ctx.repo.audit({
        id: randomUUID(),
        at: ctx.now().toISOString(),
        userId: user.id,
        action: 'photo_upload',
        detail: { id: saved.id, type: saved.type, bytes: saved.bytes },
      });
      return reply.code(201).send(saved);
    },
  );

  ctx.routes.add(
    { method: 'GET', url: `${UPLOAD_URL}/:id`, summary: 'One uploaded photo, as stored', tag: 'photos' },
    async ({ params }, req, reply) => {
      requireUser(req);
      const found = await storage().find(params.id ?? '');
      if (!found) throw notFound('photo');
      return (
        reply
          .header('Content-Type', found.type)
          .header('Content-Length', String(found.bytes))
          .header('X-Content-Type-Options', 'nosniff')
          // An id names one photo forever: the phone may keep it as long as it likes, privately.
          .header('Cache-Control', 'private, max-age=31536000, immutable')
          .send(found.open())
      );
    },
  );
}
