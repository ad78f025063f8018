import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const onOff = z.enum(['on', 'off']);

/** Environment of CONTRACTS.md; validated once at start so a typo fails loudly. */
export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DEMO_PASSWORD: z.string().min(4).optional(),
  DEMO_USERS: onOff.default('on'),
  SIMULATOR: onOff.default('on'),
  SIM_RATE: z.coerce.number().min(0).max(10_000).default(6),
  SIM_SPEED: z.coerce.number().min(0.01).max(1000).default(1),
  SIM_SEED: z.coerce.number().int().default(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OPEN311_API_KEY: z.string().optional(),
  HOTLINE_SECRET: z.string().optional(),
  HOTLINE_CALLBACK_URL: z.string().url().optional(),
  CAMERA_ALERT_SECRET: z.string().optional(),
  /** A basemap tile template (`https://…/{z}/{x}/{y}.png`, `{s}` and `{-y}` allowed); see tileSettings. */
  TILE_URL: z
    .string()
    .regex(/^(https?:\/\/|\/)/, 'must be an http(s) URL or an absolute path')
    .refine((url) => url.includes('{z}') && url.includes('{x}') && /\{-?y\}/.test(url), {
      message: 'must contain {z}, {x} and {y}',
    })
    .optional(),
  DATABASE_URL: z.string().optional(),
  REDIS_URL: z.string().optional(),
  /** Test hook: how many events a socket replay may carry before the client must refetch. */
  REPLAY_BOUND: z.coerce.number().int().min(1).default(5000),
  /** Heartbeat period; CONTRACTS fixes 5 s, tests shorten it. */
  HEARTBEAT_MS: z.coerce.number().int().min(50).default(5000),
  /** engine.io's wait for a pong before it drops a silent client. */
  SOCKET_PING_TIMEOUT_MS: z.coerce.number().int().min(1000).default(20_000),
  /** How often camera health is polled (1 s; tests shorten it). */
  CAMERA_HEALTH_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** Bytes that may queue for one socket before it is told to resync instead. */
  SOCKET_QUEUE_CAP_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
});
export type Env = z.infer<typeof envSchema>;

export interface Secrets {
  demoPassword: string;
  demoPasswordGenerated: boolean;
  simPassword: string;
  open311ApiKey: string;
  hotlineSecret: string;
  cameraAlertSecret: string;
}

export interface Config extends Env {
  dataDir: string;
  secrets: Secrets;
}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Hosts of Chinese commercial tiles, which are drawn in GCJ-02: the map must shift its layers onto them. */
const GCJ02_HOST = /autonavi|amap|gtimg|(^|\.)qq\.com$/;

/**
 * The basemap GET /api/map/layers offers: null without TILE_URL; `gcj02` when the template's host is
 * Amap's (autonavi, amap) or Tencent's (qq.com, gtimg), else `wgs84` (天地图, OSM, a town's own).
 */
export function tileSettings(url: string | undefined): { url: string; crs: 'wgs84' | 'gcj02' } | null {
  if (!url) return null;
  const host = /^https?:\/\/([^/?#]+)/i.exec(url)?.[1]?.toLowerCase().replace(/:\d+$/, '') ?? '';
  return { url, crs: GCJ02_HOST.test(host) ? 'gcj02' : 'wgs84' };
}

const token = (): string => randomBytes(18).toString('base64url');

/**
 * Secrets that must stay stable for a data directory (API keys, HMAC secrets, the simulator's
 * password) are generated once and kept in DATA_DIR; the demo password is new at every start
 * unless DEMO_PASSWORD sets it.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const env = parseEnv(source);
  const dataDir = resolve(env.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>) : {};
  const kept = {
    simPassword: stored.simPassword ?? token(),
    open311ApiKey: stored.open311ApiKey ?? token(),
    hotlineSecret: stored.hotlineSecret ?? token(),
    cameraAlertSecret: stored.cameraAlertSecret ?? token(),
  };
  writeFileSync(file, JSON.stringify(kept, null, 2), { mode: 0o600 });
  const secrets: Secrets = {
    ...kept,
    open311ApiKey: env.OPEN311_API_KEY ?? kept.open311ApiKey,
    hotlineSecret: env.HOTLINE_SECRET ?? kept.hotlineSecret,
    cameraAlertSecret: env.CAMERA_ALERT_SECRET ?? kept.cameraAlertSecret,
    demoPassword: env.DEMO_PASSWORD ?? token().slice(0, 12),
    demoPasswordGenerated: env.DEMO_PASSWORD === undefined,
  };
  return { ...env, dataDir, secrets };
}
