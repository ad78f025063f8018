import type { SeedTown } from '../seed/build-town';
import type { SimHttpClient } from './http-client';

export interface SimLog {
  info(o: object, msg?: string): void;
  warn(o: object, msg?: string): void;
}

/** What every part of a running simulator shares. */
export interface SimRuntime {
  client: SimHttpClient;
  town: SeedTown;
  seed: number;
  /** Simulated seconds per real second. */
  speed: number;
  log: SimLog;
  /** Warns at most once per `key` every 30 s (real time), with the count of what it held back. */
  warn(key: string, o: object, msg: string): void;
  stats: SimStats;
}

export interface SimStats {
  created: number;
  commands: number;
  conflicts: number;
  moves: number;
  cameraChanges: number;
  failures: number;
}

const WARN_EVERY_MS = 30_000;

/**
 * A server that is down would otherwise be reported by every request of every tick: one line per
 * problem per half minute tells the operator the same thing without drowning the log.
 */
export function throttledWarn(log: SimLog, now: () => number = Date.now): SimRuntime['warn'] {
  const last = new Map<string, { at: number; held: number }>();
  return (key, o, msg) => {
    const seen = last.get(key);
    const t = now();
    if (seen && t - seen.at < WARN_EVERY_MS) {
      seen.held++;
      return;
    }
    last.set(key, { at: t, held: 0 });
    log.warn({ ...o, ...(seen && seen.held > 0 ? { suppressed: seen.held } : {}) }, msg);
  };
}

export function emptyStats(): SimStats {
  return { created: 0, commands: 0, conflicts: 0, moves: 0, cameraChanges: 0, failures: 0 };
}

/** The error's name and message, without a stack: enough for a warning line. */
export function describeError(error: unknown): { error: string } {
  return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** CONTRACTS answers 201 to a create and 200 to a command; any 2xx means the server took it. */
export const isOk = (status: number): boolean => status >= 200 && status < 300;
