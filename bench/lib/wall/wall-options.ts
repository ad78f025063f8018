/** Which parts `npm run bench` runs; all of them unless `--only` picks some. */
export type Part = 'realtime' | 'wall' | 'soak';
const PARTS: readonly Part[] = ['realtime', 'wall', 'soak'];

export interface WallOptions {
  /** Runs of (wall page + bare page) under load, each on a fresh server; figures are medians. */
  runs: number;
  warmupS: number;
  durationS: number;
  /** Open orders on the server before the pan (real orders, created over REST). */
  markers: number;
  panS: number;
  soakMinutes: number;
  /** Soak: the first post-GC heap reading is taken after this long on the wall. */
  soakWarmupS: number;
  soakSpeed: number;
}

export const WALL_USAGE = `wall flags: [--only realtime,wall,soak] [--wall-runs N] [--wall-warmup S] [--wall-duration S]
  [--wall-markers N] [--wall-pan S] [--wall-soak-minutes M] [--wall-soak-warmup S] [--wall-soak-speed X]
  --sockets, --rate, --quiet-wait, --out and --quick apply to the wall part too`;

/**
 * Takes `--only` and the `--wall-*` flags (both `--flag=v` and `--flag v`) out of argv, so that the
 * realtime options parser sees only its own flags.
 */
export function splitArgs(argv: readonly string[]): { rest: string[]; wall: Map<string, string> } {
  const rest: string[] = [];
  const wall = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const name = arg.startsWith('--') ? (arg.slice(2).split('=')[0] ?? '') : '';
    if (name !== 'only' && !name.startsWith('wall-')) {
      rest.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    wall.set(name, eq > 0 ? arg.slice(eq + 1) : (argv[++i] ?? ''));
  }
  return { rest, wall };
}

export function parseParts(flags: Map<string, string>): Part[] {
  const raw = flags.get('only');
  if (raw === undefined) return [...PARTS];
  const parts = raw.split(',').map((p) => p.trim());
  for (const p of parts) {
    if (!PARTS.includes(p as Part))
      throw new Error(`--only takes ${PARTS.join(', ')}; got '${p}'\n${WALL_USAGE}`);
  }
  return parts as Part[];
}

function num(flags: Map<string, string>, name: string, fallback: number): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v <= 0)
    throw new Error(`--${name} must be a positive number, got '${raw}'\n${WALL_USAGE}`);
  return v;
}

/** Defaults follow the issue (10-minute soak at SIM_SPEED=20, 5,000 markers); --quick shrinks them. */
export function parseWallOptions(flags: Map<string, string>, quick: boolean): WallOptions {
  const known = new Set([
    'only',
    'wall-runs',
    'wall-warmup',
    'wall-duration',
    'wall-markers',
    'wall-pan',
    'wall-soak-minutes',
    'wall-soak-warmup',
    'wall-soak-speed',
  ]);
  for (const k of flags.keys()) if (!known.has(k)) throw new Error(`unknown flag --${k}\n${WALL_USAGE}`);
  return {
    runs: Math.round(num(flags, 'wall-runs', quick ? 1 : 3)),
    warmupS: num(flags, 'wall-warmup', quick ? 2 : 5),
    durationS: num(flags, 'wall-duration', quick ? 5 : 20),
    markers: Math.round(num(flags, 'wall-markers', quick ? 500 : 5000)),
    panS: num(flags, 'wall-pan', quick ? 3 : 10),
    soakMinutes: num(flags, 'wall-soak-minutes', quick ? 1 : 10),
    soakWarmupS: num(flags, 'wall-soak-warmup', quick ? 15 : 60),
    soakSpeed: num(flags, 'wall-soak-speed', 20),
  };
}

/** Roughly how long the selected wall parts take, for the run's hard time limit. */
export function wallBudgetMs(w: WallOptions, parts: readonly Part[]): number {
  const perRun = 90 + 2 * (w.warmupS + w.durationS + 15) + w.panS + w.markers / 50;
  const wall = parts.includes('wall') ? w.runs * perRun : 0;
  const soak = parts.includes('soak') ? w.soakMinutes * 60 + 120 : 0;
  return (wall + soak) * 1000;
}
