import { freePort } from '../../scripts/lib/free-port';
import { spawnTs, stopChild, waitForHealth, type Child } from './children';
import { LoadGenerator } from './load';
import { connectClients, measure, waitForQuiet, withoutCapture, type PhaseFigures } from './measure';
import type { Options } from './options';
import type { CapturedEvent } from './protocol';
import { call, login, loginMany } from './rest';

export const DEMO_PASSWORD = 'bench-demo-pass';
/** Roles that see every order (scope 'all'), as the wall screens and duty desks of the centre do. */
export const VIEWERS = ['wall', 'leader', 'operator'] as const;
/** The hub's warning when a socket's queue passes SOCKET_QUEUE_CAP_BYTES (see realtime/hub.ts). */
const QUEUE_CAP_WARNING = /socket queue over cap/;

/** The server under test: real main.ts, fresh data dir, 280 logged-in sockets, REST load. */
export async function runOurs(
  o: Options,
  dataDir: string,
): Promise<{ figures: PhaseFigures; captured: CapturedEvent[] }> {
  const quiet = await waitForQuiet(o.quietWaitS);
  const t0 = performance.now();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawnTs(
    'server',
    'src/server/main.ts',
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_PASSWORD,
      SIMULATOR: 'off',
      LOG_LEVEL: 'warn',
    },
    {
      ipc: false,
      watch: [QUEUE_CAP_WARNING],
      // A profiling hook: BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof".
      nodeArgs: (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
    },
  );
  let clients: Child | null = null;
  try {
    await waitForHealth(server, baseUrl);
    const cookies = await loginMany(baseUrl, VIEWERS, DEMO_PASSWORD, o.sockets);
    const loadCookie = await login(baseUrl, 'operator', DEMO_PASSWORD);
    const deps = await call(baseUrl, 'GET', '/api/departments', loadCookie);
    const items = (deps.body as { items?: { id: string; kind: string }[] }).items ?? [];
    const departments = items.filter((d) => d.kind !== 'squad').map((d) => d.id);
    if (departments.length === 0)
      throw new Error(`no departments to dispatch to: ${JSON.stringify(deps.body)}`);
    clients = await connectClients(o, baseUrl, cookies);
    const setupS = (performance.now() - t0) / 1000;
    const load = new LoadGenerator(baseUrl, loadCookie, departments);
    let recordTimer: NodeJS.Timeout | undefined;
    const m = await measure(
      o,
      server,
      clients,
      {
        start: () => {
          load.start(o.rateHz);
          recordTimer = setTimeout(() => load.record(), o.warmupS * 1000);
        },
        stop: () => {
          clearTimeout(recordTimer);
          return load.stop(10_000);
        },
      },
      o.capture,
    );
    return {
      figures: {
        kind: 'ours',
        setupS,
        windowS: m.windowS,
        drainS: m.drainS,
        clients: withoutCapture(m.report),
        server: m.server,
        clientProcess: m.clientProcess,
        orchestratorCpuPercent: m.orchestratorCpuPercent,
        host: m.host,
        quiet,
        load: load.figures(),
        emitted: null,
        queueCapWarnings: server.count(QUEUE_CAP_WARNING),
      },
      captured: m.report.captured,
    };
  } finally {
    if (clients) await stopChild(clients);
    await stopChild(server);
  }
}
