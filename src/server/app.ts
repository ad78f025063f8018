import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
} from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { Server } from 'socket.io';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Repository } from './db/repository';
import type { DomainEvent } from '../shared/schemas/event';
import { makeAuthHook } from './http/auth-hook';
import type { AppContext } from './http/context';
import { HttpError } from './http/errors';
import { RouteRegistry } from './http/route-registry';
import { registerAuthRoutes } from './http/routes/auth';
import { registerCameraRoutes } from './http/routes/cameras';
import { registerCategoryRoutes } from './http/routes/categories';
import { registerEntityRoutes } from './http/routes/entities';
import { registerReferenceRoutes } from './http/routes/reference';
import { registerSystemRoutes } from './http/routes/system';
import { registerWorkOrderRoutes } from './http/routes/work-orders';
import { registerOversightRoutes } from './http/routes/oversight';
import { registerTriageRoutes } from './http/routes/triage';
import { registerPhotoRoutes } from './http/routes/photos';
import { registerDispatchRoutes } from './http/routes/dispatch';
import { registerEvaluationRoutes } from './http/routes/evaluation';
import { registerWallRoutes } from './http/routes/wall';
import { registerKioskRoutes } from './http/routes/kiosk';
import { registerMapLayerRoutes } from './http/routes/map-layers';
import { registerCameraAlertRoutes } from './http/routes/camera-alerts';
import { CameraAlertService } from './services/camera-alerts';
import { PhotoStore } from './services/photos';
import { registerSimMediaRoutes } from './http/routes/sim-media';
import { registerCameraFaultRoutes } from './http/routes/camera-faults';
import { createSimMedia } from './sim-media/setup';
import { RealtimeHub, type IoServer } from './realtime/hub';
import { attachSocketAuth } from './realtime/socket-auth';
import { EntityService } from './services/entities';
import { WorkOrderService } from './services/work-orders';
import { OversightScheduler } from './services/oversight';
import { OversightConfig } from './services/oversight-config';

export interface AppDeps {
  repo: Repository;
  logger: Logger;
  now?: () => Date;
  /** The built SPA (dist/); omitted in API-only tests. */
  staticDir?: string;
  replayBound: number;
  queueCapBytes: number;
  heartbeatMs?: number;
  pingTimeoutMs?: number;
  simulator: 'on' | 'off';
  version: string;
  /** The simulator's time factor; with the simulator on, the clocks run this much faster too. */
  simSpeed?: number;
  /** 'manual': the oversight scheduler does not run on its own timer (tests drive it with runUntil). */
  oversight?: 'auto' | 'manual';
  /** DATA_DIR, where uploaded photos are kept. */
  dataDir?: string;
  /** Optional basemap tile template (TILE_URL), offered to maps by GET /api/map/layers. */
  tileUrl?: string;
  /** CAMERA_ALERT_SECRET: the camera-alert webhook's HMAC key (unset: a random one, so nobody can post). */
  cameraAlertSecret?: string;
}

export interface App {
  fastify: FastifyInstance;
  io: IoServer;
  hub: RealtimeHub;
  context: AppContext;
  /** Every route Fastify holds, as its onRoute hook saw them (for the OpenAPI completeness test). */
  registeredRoutes: ReadonlyArray<{ method: string; url: string }>;
  close(): Promise<void>;
}

/** Builds the whole server without listening, so tests can listen on port 0. */
export async function createApp(deps: AppDeps): Promise<App> {
  const now = deps.now ?? (() => new Date());
  const fastify: FastifyInstance = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: 1_048_576,
    // Per-request logs would drown the log at 100 commands/s; errors are logged by the handler.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const registeredRoutes: { method: string; url: string }[] = [];
  fastify.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) registeredRoutes.push({ method: String(method), url: r.url });
  });
  await fastify.register(fastifyCookie);
  fastify.decorateRequest('user', null);
  fastify.addHook('onRequest', makeAuthHook(deps.repo, now));
  fastify.setErrorHandler((err: FastifyError | HttpError, _req, reply) => {
    if (err instanceof HttpError) return reply.code(err.status).send(err.toBody());
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      deps.logger.error({ err }, 'request failed');
      return reply.code(500).send({ error: { code: 'internal', message: 'internal error' } });
    }
    const code = status === 413 ? 'payload_too_large' : status === 429 ? 'rate_limited' : 'bad_request';
    return reply.code(status).send({ error: { code, message: err.message } });
  });

  const io: IoServer = new Server(fastify.server, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    pingTimeout: deps.pingTimeoutMs ?? 20_000,
  });
  const hub = new RealtimeHub(io, deps.repo, {
    replayBound: deps.replayBound,
    queueCapBytes: deps.queueCapBytes,
    ...(deps.heartbeatMs !== undefined ? { heartbeatMs: deps.heartbeatMs } : {}),
    log: deps.logger,
  });
  attachSocketAuth(io, deps.repo, now);

  // Replaced, never mutated, when an administrator edits a category (routes/categories.ts).
  let reference = await deps.repo.getReference();
  // The simulated town's clocks run as fast as its people (SIM_SPEED); a real town's run on the calendar.
  const oversightConfig = new OversightConfig(deps.repo, deps.simulator === 'on' ? (deps.simSpeed ?? 1) : 1);
  await oversightConfig.load();
  let scheduler: OversightScheduler | null = null;
  const publish = (events: DomainEvent[]): void => {
    hub.publish(events);
    // A command may have brought an order's next card or escalation nearer.
    if (events.length === 0) return;
    scheduler?.poke(
      events.map((e) =>
        e.type === 'work-order:created' || e.type === 'work-order:updated'
          ? e.entity.clocks.nextCheckAt
          : null,
      ),
    );
  };
  scheduler = new OversightScheduler({
    repo: deps.repo,
    config: () => oversightConfig.current(),
    now,
    publish: (events) => hub.publish(events),
    log: deps.logger,
  });
  const context: AppContext = {
    routes: new RouteRegistry(fastify),
    repo: deps.repo,
    reference: () => reference,
    setReference: (next) => {
      reference = next;
    },
    now,
    hub,
    workOrders: new WorkOrderService({
      repo: deps.repo,
      reference: () => reference,
      now,
      publish,
      clocks: () => oversightConfig.current(),
    }),
    oversight: scheduler,
    oversightConfig,
    entities: new EntityService({ repo: deps.repo, now, publish }),
    simMedia: await createSimMedia({ repo: deps.repo, now, publish }),
    version: deps.version,
    simulator: deps.simulator,
    dataDir: deps.dataDir,
    findByNumber: async (number) => {
      const res = await deps.repo.listWorkOrders({ q: number }, { limit: 5, offset: 0 });
      return res.items.find((o) => o.number === number) ?? null;
    },
  };
  registerSystemRoutes(context);
  registerAuthRoutes(context);
  registerReferenceRoutes(context);
  registerCategoryRoutes(context);
  registerWorkOrderRoutes(context);
  registerEntityRoutes(context);
  registerCameraRoutes(context);
  registerOversightRoutes(context);
  registerTriageRoutes(context);
  registerPhotoRoutes(context);
  registerDispatchRoutes(context);
  registerEvaluationRoutes(context);
  registerWallRoutes(context);
  registerKioskRoutes(context);
  registerMapLayerRoutes(context, deps.tileUrl ? { tileUrl: deps.tileUrl } : {});
  registerCameraAlertRoutes(
    context,
    new CameraAlertService({
      repo: deps.repo,
      now,
      publish,
      workOrders: context.workOrders,
      photos: deps.dataDir === undefined ? null : new PhotoStore(join(deps.dataDir, 'photos'), now),
    }),
    deps.cameraAlertSecret ?? randomBytes(32).toString('hex'),
  );
  registerSimMediaRoutes(context, context.simMedia);
  registerCameraFaultRoutes(context, context.simMedia);

  if (deps.staticDir && existsSync(join(deps.staticDir, 'index.html'))) {
    // The build writes .br/.gz beside each asset (scripts/lib/precompress.ts): sent as the browser accepts.
    await fastify.register(fastifyStatic, { root: deps.staticDir, wildcard: false, preCompressed: true });
  }
  fastify.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (
      req.method === 'GET' &&
      deps.staticDir &&
      !path.startsWith('/api/') &&
      !path.startsWith('/sim/') &&
      !path.startsWith('/socket.io')
    ) {
      return reply.type('text/html').sendFile('index.html', deps.staticDir);
    }
    return reply.code(404).send({ error: { code: 'not_found', message: `no route ${req.method} ${path}` } });
  });

  await hub.start();
  if (deps.oversight !== 'manual') scheduler.start();
  return {
    fastify,
    io,
    hub,
    context,
    registeredRoutes,
    async close() {
      scheduler.stop();
      hub.stop();
      await io.close();
      await fastify.close().catch(() => undefined);
    },
  };
}
