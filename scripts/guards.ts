import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GUARDS } from './lib/guard-list';

// Each guard breaks one promise of the system in a temporary copy and runs the test that should
// notice. A guard whose test still passes means that test protects nothing.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jsonOut = process.argv.includes('--json')
  ? process.argv[process.argv.indexOf('--json') + 1]
  : undefined;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const SKIP = new Set(['node_modules', '.git', 'dist', 'data', 'test-results', 'bench']);

let caught = 0;
const missed: string[] = [];
for (const guard of GUARDS.filter((g) => !only || g.id === only)) {
  const copy = mkdtempSync(join(tmpdir(), `gc-guard-${guard.id}-`));
  try {
    cpSync(root, copy, {
      recursive: true,
      filter: (src) => !SKIP.has(src.slice(root.length + 1).split('/')[0] ?? ''),
    });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const file = join(copy, guard.file);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(guard.find)) {
      // The code moved on without its guard: that is a failure of the guard list, not a pass.
      missed.push(guard.id);
      console.log(
        `✗ guard ${guard.id}: its pattern is no longer in ${guard.file}; update scripts/lib/guard-list.ts`,
      );
      continue;
    }
    writeFileSync(file, text.replace(guard.find, guard.replace));
    const started = Date.now();
    const res = spawnSync(
      process.execPath,
      [join(copy, 'node_modules/vitest/vitest.mjs'), 'run', guard.test],
      {
        cwd: copy,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
      },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (res.status !== 0) {
      caught++;
      console.log(`✓ guard ${guard.id} caught by ${guard.test} (${seconds} s): ${guard.what}`);
    } else {
      missed.push(guard.id);
      console.log(`✗ guard ${guard.id} NOT caught by ${guard.test}: ${guard.what}`);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
const total = caught + missed.length;
console.log(`${caught} of ${total} guards caught`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ caught, missed: missed.length, missedIds: missed }));
process.exit(missed.length === 0 ? 0 : 1);
