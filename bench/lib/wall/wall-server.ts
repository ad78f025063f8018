import { freePort } from '../../../scripts/lib/free-port';
import { spawnTs, waitForHealth, type Child } from '../children';
import { DEMO_PASSWORD } from '../ours-phase';

export interface BenchServer {
  server: Child;
  baseUrl: string;
}

/**
 * The real server (src/server/main.ts) serving the built client from dist/, in its own process
 * with a fresh data dir, as the realtime benchmark starts it. `env` adds e.g. the simulator.
 */
export async function startBenchServer(dataDir: string, env: Record<string, string>): Promise<BenchServer> {
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
      ...env,
    },
    { ipc: false, nodeArgs: (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean) },
  );
  await waitForHealth(server, baseUrl);
  return { server, baseUrl };
}
