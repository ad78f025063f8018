import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino, type Logger } from 'pino';
import { createApp, type App } from './app';
import type { Config } from './config';
import { SqliteRepository } from './db/sqlite/sqlite-repository';
import { buildTown } from './seed/build-town';
import { CameraHealthPoller } from './services/camera-health';
import { seedUsers, DEMO_USERS } from './users';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

export interface RunningServer {
  app: App;
  url: string;
  port: number;
  logger: Logger;
  stop(): Promise<void>;
}

/** Opens the store, seeds the town and users, listens, and starts the simulator when asked. */
export async function startServer(
  config: Config,
  opts: { now?: () => Date; serveClient?: boolean; oversight?: 'auto' | 'manual' } = {},
): Promise<RunningServer> {
  const logger = pino({ level: config.LOG_LEVEL });
  const repo = new SqliteRepository(join(config.dataDir, 'gridcommand.sqlite'));
  const town = buildTown({ geoDir: join(REPO_ROOT, 'public', 'geo'), seed: 1 });
  if (!(await repo.isTownSeeded())) {
    const { staff, cameras, ...reference } = town;
    await repo.seedTown(reference, staff, cameras);
    logger.info(
      { grids: town.grids.length, staff: staff.length, cameras: cameras.length },
      'seeded the town',
    );
  }
  await seedUsers(repo, {
    demo: config.DEMO_USERS === 'on',
    demoPassword: config.secrets.demoPassword,
    simPassword: config.secrets.simPassword,
    staff: town.staff,
    departments: town.departments,
  });
  const app = await createApp({
    repo,
    logger,
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.oversight ? { oversight: opts.oversight } : {}),
    ...(opts.serveClient === false ? {} : { staticDir: join(REPO_ROOT, 'dist') }),
    replayBound: config.REPLAY_BOUND,
    queueCapBytes: config.SOCKET_QUEUE_CAP_BYTES,
    heartbeatMs: config.HEARTBEAT_MS,
    pingTimeoutMs: config.SOCKET_PING_TIMEOUT_MS,
    simulator: config.SIMULATOR,
    simSpeed: config.SIM_SPEED,
    version: VERSION,
    dataDir: config.dataDir,
    ...(config.TILE_URL ? { tileUrl: config.TILE_URL } : {}),
    cameraAlertSecret: config.secrets.cameraAlertSecret,
  });
  await app.fastify.listen({ port: config.PORT, host: config.HOST });
  // Runs whether or not the simulator does: real cameras' health comes from their media servers.
  const health = new CameraHealthPoller({
    cameras: () => repo.listCameras(),
    entities: app.context.entities,
    now: opts.now ?? ((): Date => new Date()),
    localList: async (url) => (url === '/sim/v3/paths/list' ? app.context.simMedia.origin.paths() : null),
    intervalMs: config.CAMERA_HEALTH_POLL_MS,
    log: logger.child({ component: 'camera-health' }),
  });
  health.start();
  const address = app.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://localhost:${port}`;
  // Loaded only when wanted: the simulator is an outside client that merely shares the process.
  const simulator =
    config.SIMULATOR === 'on'
      ? (await import('./simulator/scheduler')).startSimulator({
          baseUrl: `http://127.0.0.1:${port}`,
          rate: config.SIM_RATE,
          speed: config.SIM_SPEED,
          seed: config.SIM_SEED,
          password: config.secrets.simPassword,
          cameraAlertSecret: config.secrets.cameraAlertSecret,
          town,
          log: logger.child({ component: 'simulator' }),
        })
      : null;
  return {
    app,
    url,
    port,
    logger,
    async stop() {
      await simulator?.stop();
      await health.stop();
      await app.close();
      await repo.close();
    },
  };
}

export function banner(server: RunningServer, config: Config): string {
  const lines = [`GridCommand 网格指挥 is serving ${server.url}`];
  if (config.DEMO_USERS === 'on') {
    lines.push(`Demo users: ${DEMO_USERS.map((u) => u.username).join(', ')}`);
    lines.push(
      config.secrets.demoPasswordGenerated
        ? `Demo password (generated for this start): ${config.secrets.demoPassword}`
        : 'Demo password: the value of DEMO_PASSWORD',
    );
  }
  return lines.join('\n');
}
