import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_PASSWORD } from './test-server';

const ROOT = join(import.meta.dirname, '..', '..');

export interface ChildServer {
  proc: ChildProcess;
  baseUrl: string;
  exited: Promise<number | null>;
}

/** The real `src/server/main.ts` in its own process, so a test can kill -9 it. */
export async function startChildServer(
  dataDir: string,
  port: number,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_PASSWORD,
      SIMULATOR: 'off',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { proc, baseUrl, exited };
}
