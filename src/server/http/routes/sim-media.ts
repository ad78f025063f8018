import type { FastifyReply } from 'fastify';
import { mediaPathList } from '../../../shared/schemas/video';
import type { SimAnswer } from '../../sim-media/origin';
import type { SimMedia } from '../../sim-media/setup';
import type { AppContext } from '../context';

const SIM_PREFIX = '/sim/';
const wait = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Turns the simulator's answer into HTTP: 404 unknown, 503 offline, else the body (late when slow). */
async function send<T>(
  reply: FastifyReply,
  answer: SimAnswer<T>,
  headers: { type: string; cache: string },
): Promise<FastifyReply> {
  if (answer.kind === 'unknown') {
    return reply.code(404).send({ error: { code: 'not_found', message: answer.reason } });
  }
  if (answer.kind === 'offline') {
    return reply
      .code(503)
      .header('Cache-Control', 'no-store')
      .send({ error: { code: 'camera_offline', message: answer.reason } });
  }
  if (answer.delayMs > 0) await wait(answer.delayMs);
  return reply.header('Content-Type', headers.type).header('Cache-Control', headers.cache).send(answer.value);
}

/**
 * The built-in camera simulator, served like a media server on its own origin: no session, CORS
 * open (`*`), live HLS playlists that must not be cached and segments that never change.
 */
export function registerSimMediaRoutes(ctx: AppContext, sim: SimMedia): void {
  const { routes } = ctx;
  routes.app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith(SIM_PREFIX)) reply.header('Access-Control-Allow-Origin', '*');
    return payload;
  });
  routes.add(
    {
      method: 'GET',
      url: '/sim/hls/:cameraId/index.m3u8',
      summary: 'Simulated camera: live HLS media playlist (1-s MPEG-TS segments, advancing each second)',
      tag: 'sim-media',
      public: true,
    },
    async ({ params }, _req, reply) =>
      send(reply, await sim.origin.playlist(params.cameraId ?? ''), {
        type: 'application/vnd.apple.mpegurl',
        cache: 'no-cache',
      }),
  );
  routes.add(
    {
      method: 'GET',
      url: '/sim/hls/:cameraId/:clip/:segment',
      summary: 'Simulated camera: one MPEG-TS segment (`<index>.ts`, immutable)',
      tag: 'sim-media',
      public: true,
    },
    async ({ params }, _req, reply) => {
      const match = /^(\d{1,4})\.ts$/.exec(params.segment ?? '');
      const answer = match
        ? await sim.origin.segment(params.cameraId ?? '', params.clip ?? '', Number(match[1]))
        : ({ kind: 'unknown', reason: 'segments are named <index>.ts' } as const);
      return send(reply, answer, {
        type: 'video/mp2t',
        cache: 'public, max-age=31536000, immutable',
      });
    },
  );
  routes.add(
    {
      method: 'GET',
      url: '/sim/snapshot/:file',
      summary: 'Simulated camera: JPEG of the live picture (`<cameraId>.jpg`)',
      tag: 'sim-media',
      public: true,
    },
    async ({ params }, _req, reply) => {
      const file = params.file ?? '';
      const answer = file.endsWith('.jpg')
        ? await sim.origin.snapshot(file.slice(0, -'.jpg'.length))
        : ({ kind: 'unknown', reason: 'snapshots are named <cameraId>.jpg' } as const);
      return send(reply, answer, { type: 'image/jpeg', cache: 'no-cache' });
    },
  );
  routes.add(
    {
      method: 'GET',
      url: '/sim/v3/paths/list',
      summary: "Simulated media server's path list, shaped like MediaMTX's v3 API (camera health)",
      tag: 'sim-media',
      public: true,
      response: mediaPathList,
    },
    async (_i, _req, reply) => reply.header('Cache-Control', 'no-store').send(await sim.origin.paths()),
  );
}
