import { freePort } from '../../scripts/lib/free-port';
import { ask, expectMessage, spawnTs, stopChild, type Child } from './children';
import { connectClients, measure, waitForQuiet, withoutCapture, type PhaseFigures } from './measure';
import type { Options } from './options';
import type { FromBare } from './protocol';

/** The baseline: bench/bare-server.ts sending the captured payloads, same client process code. */
export async function runBare(o: Options, payloadsFile: string): Promise<PhaseFigures> {
  const quiet = await waitForQuiet(o.quietWaitS);
  const t0 = performance.now();
  const port = await freePort();
  const server = spawnTs(
    'bare-server',
    'bench/bare-server.ts',
    {
      BENCH_PORT: String(port),
      BENCH_PAYLOADS: payloadsFile,
    },
    // A profiling hook like the server's: BENCH_BARE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof".
    { ipc: true, nodeArgs: (process.env.BENCH_BARE_NODE_ARGS ?? '').split(' ').filter(Boolean) },
  );
  let clients: Child | null = null;
  try {
    await expectMessage<Extract<FromBare, { type: 'listening' }>>(server, 'listening', 60_000);
    clients = await connectClients(o, `http://127.0.0.1:${port}`, null);
    const setupS = (performance.now() - t0) / 1000;
    let emitted = { count: 0, late: 0 };
    const m = await measure(
      o,
      server,
      clients,
      {
        start: () => server.proc.send({ type: 'start', rateHz: o.rateHz }),
        stop: async () => {
          const r = await ask<Extract<FromBare, { type: 'stopped' }>>(
            server,
            { type: 'stop' },
            'stopped',
            10_000,
          );
          emitted = { count: r.emitted, late: r.late };
        },
      },
      0,
    );
    return {
      kind: 'bare',
      setupS,
      windowS: m.windowS,
      drainS: m.drainS,
      clients: withoutCapture(m.report),
      server: m.server,
      clientProcess: m.clientProcess,
      orchestratorCpuPercent: m.orchestratorCpuPercent,
      host: m.host,
      quiet,
      load: null,
      emitted,
      queueCapWarnings: 0,
    };
  } finally {
    if (clients) await stopChild(clients);
    await stopChild(server);
  }
}
