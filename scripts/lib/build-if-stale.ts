import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const SOURCES = ['src/client', 'src/shared', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the client with Vite when dist/ is missing or older than any client source. */
export async function buildIfStale(root: string, log: (msg: string) => void = console.log): Promise<boolean> {
  const built = join(root, 'dist', 'index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  if (builtAt > sourcesAt) return false;
  log(builtAt ? 'Client sources changed: rebuilding dist/ …' : 'No client build yet: building dist/ …');
  // Vite's build sets NODE_ENV=production in this process; the server and test runs that follow
  // must not inherit it (React's test utilities, for one, vanish in production builds).
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}
