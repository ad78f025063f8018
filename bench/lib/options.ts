import { join } from 'node:path';
import { ROOT } from './children';

export interface Options {
  runs: number;
  warmupS: number;
  durationS: number;
  sockets: number;
  rateHz: number;
  /** How many events socket 0 keeps from the real server, for the bare server to replay. */
  capture: number;
  /** Longest wait, before each phase, for the machine to be quiet (other work on the host). */
  quietWaitS: number;
  outDir: string;
  quick: boolean;
}

const USAGE = `usage: tsx bench/run.ts [--quick] [--runs N] [--duration S] [--warmup S] [--sockets N] [--rate HZ] [--quiet-wait S] [--out DIR]
  env: BENCH_RUNS, BENCH_DURATION_S, BENCH_WARMUP_S, BENCH_SOCKETS, BENCH_RATE, BENCH_QUIET_WAIT_S, BENCH_OUT
  --quick: a smoke run (1 run, 60 sockets, 1 s warm-up, 3 s measured); its files are marked -quick`;

function positive(name: string, raw: string | undefined, fallback: number, allowZero = false): number {
  if (raw === undefined) return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < 0 || (v === 0 && !allowZero)) {
    throw new Error(
      `${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got '${raw}'\n${USAGE}`,
    );
  }
  return v;
}

/** Flags win over environment variables, which win over the defaults of the issue (5 × 15 s, 280, 100/s). */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
  const flags = new Map<string, string>();
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--quick') quick = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
      else flags.set(arg.slice(2), argv[++i] ?? '');
    } else throw new Error(`unexpected argument '${arg}'\n${USAGE}`);
  }
  const known = new Set(['runs', 'duration', 'warmup', 'sockets', 'rate', 'quiet-wait', 'out']);
  for (const k of flags.keys()) if (!known.has(k)) throw new Error(`unknown flag --${k}\n${USAGE}`);
  const pick = (flag: string, envName: string): string | undefined => flags.get(flag) ?? env[envName];
  return {
    runs: Math.round(positive('runs', pick('runs', 'BENCH_RUNS'), quick ? 1 : 5)),
    warmupS: positive('warmup', pick('warmup', 'BENCH_WARMUP_S'), quick ? 1 : 2),
    durationS: positive('duration', pick('duration', 'BENCH_DURATION_S'), quick ? 3 : 15),
    sockets: Math.round(positive('sockets', pick('sockets', 'BENCH_SOCKETS'), quick ? 60 : 280)),
    rateHz: positive('rate', pick('rate', 'BENCH_RATE'), 100),
    capture: 100,
    quietWaitS: positive('quiet-wait', pick('quiet-wait', 'BENCH_QUIET_WAIT_S'), quick ? 5 : 30, true),
    outDir: pick('out', 'BENCH_OUT') ?? join(ROOT, 'bench', 'results'),
    quick,
  };
}
