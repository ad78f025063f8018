import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './lib/build-if-stale';
import { ensureSystemPackages } from './lib/system-deps';

// `npm test`: system packages, then typecheck, lint, every Vitest project and the guards; the last
// line is `N passed, N failed, N skipped` counted from the runners' own results.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const log = (msg: string): void => console.log(`\n▶ ${msg}`);
const tally = { passed: 0, failed: 0, skipped: 0 };

function step(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  log(name);
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === 0;
}

function check(name: string, ok: boolean): void {
  if (ok) tally.passed++;
  else tally.failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}`);
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}

function vitest(name: string, projects: string[]): void {
  const out = join(results, `vitest-${name}.json`);
  const ok = step(
    `vitest (${projects.join(', ')})`,
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      ...projects.flatMap((p) => ['--project', p]),
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${out}`,
    ],
    { NODE_ENV: 'test' },
  );
  if (!existsSync(out)) return check(`vitest ${name} produced results`, false);
  const r = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
  tally.passed += r.numPassedTests;
  tally.failed += r.numFailedTests;
  tally.skipped += r.numPendingTests + r.numTodoTests;
  // A file that fails to load has no test results of its own; count it so it cannot pass silently.
  if (!ok && r.numFailedTests === 0)
    check(`vitest ${name} (suites failed to load: ${r.numFailedTestSuites})`, false);
}

try {
  ensureSystemPackages(console.log);
  check('system packages (chromium, fonts-noto-cjk)', true);
} catch (err) {
  console.error(err);
  check('system packages (chromium, fonts-noto-cjk)', false);
}
check(
  'typecheck',
  step('typecheck', process.execPath, [
    join(root, 'node_modules/typescript/bin/tsc'),
    '--noEmit',
    '-p',
    'tsconfig.json',
  ]),
);
check(
  'lint',
  step('lint', process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--max-warnings=0', '.']),
);
try {
  await buildIfStale(root);
  check('client build', true);
} catch (err) {
  console.error(err);
  check('client build', false);
}
vitest('unit', ['unit', 'client']);
vitest('e2e', ['e2e']);
log('guards');
const guards = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(root, 'scripts/guards.ts'), '--json', join(results, 'guards.json')],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (existsSync(join(results, 'guards.json'))) {
  const g = JSON.parse(readFileSync(join(results, 'guards.json'), 'utf8')) as {
    caught: number;
    missed: number;
  };
  tally.passed += g.caught;
  tally.failed += g.missed;
}
if (guards.status !== 0) check('guards ran to the end', false);

console.log(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed === 0 ? 0 : 1);
