import { cpus } from 'node:os';
import { ask, spawnTs, type Child } from './children';
import type { LoadFigures } from './load';
import type { Options } from './options';
import { HostMonitor, hostBusyOver, ProcMonitor, type HostFigures, type ProcFigures } from './proc';
import type { ClientReport, FromClients } from './protocol';
import { sleep } from './time';

export interface PhaseFigures {
  kind: 'ours' | 'bare';
  /** Starting the server, logging in and connecting every socket, in s (not measured further). */
  setupS: number;
  windowS: number;
  /** After the window: until the last late delivery arrived (no new one for 1 s). */
  drainS: number;
  clients: Omit<ClientReport, 'captured'>;
  server: ProcFigures;
  clientProcess: ProcFigures;
  /** The orchestrator (the REST load generator in the ours phase), % of one core. */
  orchestratorCpuPercent: number;
  /** The whole machine over the window; `othersPercent` is what none of our processes used. */
  host: HostFigures & { othersPercent: number };
  /** How long the phase waited for a quiet machine before starting, and how busy it was then. */
  quiet: { waitedS: number; busyPercent: number };
  /** The REST load (ours only). */
  load: LoadFigures | null;
  /** Events the bare server emitted and its late ticks (bare only). */
  emitted: { count: number; late: number } | null;
  queueCapWarnings: number;
}

export interface Driver {
  /** Starts the commands or emissions (the warm-up begins). */
  start(): void;
  /** Stops issuing at once; the figures may wait for what is in flight. */
  stop(): Promise<void>;
}

export interface Measured {
  report: ClientReport;
  server: ProcFigures;
  clientProcess: ProcFigures;
  orchestratorCpuPercent: number;
  host: HostFigures & { othersPercent: number };
  windowS: number;
  drainS: number;
}

const CORES = cpus().length;
/** Below this (% of one core, all processes) the machine counts as quiet enough to start. */
const QUIET_BUSY_PERCENT = 30;

/**
 * Other work on a shared machine (builds, test runs) distorts latencies more than anything the
 * server does, so each phase first waits, up to `maxS`, for a second with little CPU in use.
 */
export async function waitForQuiet(maxS: number): Promise<{ waitedS: number; busyPercent: number }> {
  const t0 = performance.now();
  let busy = await hostBusyOver(1000, CORES);
  while (busy > QUIET_BUSY_PERCENT && performance.now() - t0 < maxS * 1000)
    busy = await hostBusyOver(1000, CORES);
  return { waitedS: (performance.now() - t0) / 1000, busyPercent: busy };
}

/**
 * The part both phases share: warm up, measure CPU/RSS over the window, stop, let the last
 * events arrive, and ask the client process for its figures.
 */
export async function measure(
  o: Options,
  server: Child,
  clients: Child,
  driver: Driver,
  capture: number,
): Promise<Measured> {
  const fromMs = Date.now() + o.warmupS * 1000;
  const toMs = fromMs + o.durationS * 1000;
  clients.proc.send({ type: 'record', fromMs, toMs, capture });
  driver.start();
  await sleep(fromMs - Date.now());
  const serverMon = new ProcMonitor(server.pid);
  const clientMon = new ProcMonitor(clients.pid);
  const selfMon = new ProcMonitor(process.pid);
  const hostMon = new HostMonitor();
  serverMon.begin();
  clientMon.begin();
  selfMon.begin();
  hostMon.begin();
  const t0 = performance.now();
  await sleep(toMs - Date.now());
  const stopping = driver.stop();
  const windowS = (performance.now() - t0) / 1000;
  const serverFigures = serverMon.end();
  const clientFigures = clientMon.end();
  const self = selfMon.end();
  const host = hostMon.end(CORES);
  const ours = serverFigures.cpuPercent + clientFigures.cpuPercent + self.cpuPercent;
  await stopping;
  const drainS = await drain(clients);
  const { report } = await ask<Extract<FromClients, { type: 'report' }>>(
    clients,
    { type: 'report' },
    'report',
    30_000,
  );
  return {
    report,
    server: serverFigures,
    clientProcess: clientFigures,
    orchestratorCpuPercent: self.cpuPercent,
    host: { ...host, othersPercent: Math.max(0, host.busyPercent - ours) },
    windowS,
    drainS,
  };
}

/**
 * Waits until the client process stops collecting samples (no new delivery for 1 s, at most
 * 30 s), so a delivery that is merely late is measured as late rather than counted as missing.
 */
async function drain(clients: Child): Promise<number> {
  const t0 = performance.now();
  let last = -1;
  let stableSince = performance.now();
  while (performance.now() - t0 < 30_000) {
    const { deliveries } = await ask<Extract<FromClients, { type: 'progress' }>>(
      clients,
      { type: 'progress' },
      'progress',
      30_000,
    );
    if (deliveries !== last) {
      last = deliveries;
      stableSince = performance.now();
    } else if (performance.now() - stableSince >= 1000) break;
    await sleep(250);
  }
  return (performance.now() - t0) / 1000;
}

export async function connectClients(o: Options, url: string, cookies: string[] | null): Promise<Child> {
  // BENCH_CLIENT_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the measuring client.
  const clients = spawnTs(
    'clients',
    'bench/clients.ts',
    {},
    { ipc: true, nodeArgs: (process.env.BENCH_CLIENT_NODE_ARGS ?? '').split(' ').filter(Boolean) },
  );
  const reply = await ask<Extract<FromClients, { type: 'connected' }>>(
    clients,
    { type: 'connect', url, cookies, count: o.sockets, concurrency: 16 },
    'connected',
    120_000,
  );
  if (reply.failed > 0) {
    throw new Error(`${reply.failed} of ${o.sockets} sockets did not connect: ${reply.errors.join('; ')}`);
  }
  return clients;
}

export function withoutCapture(r: ClientReport): Omit<ClientReport, 'captured'> {
  const { captured: _captured, ...rest } = r;
  return rest;
}
