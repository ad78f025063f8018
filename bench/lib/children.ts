import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Child {
  name: string;
  proc: ChildProcess;
  pid: number;
  exited: Promise<number | null>;
  /** The last 64 KiB of stdout + stderr, for error messages. */
  output(): string;
  /** How often each watched pattern was printed (e.g. the hub's queue-cap warning). */
  count(pattern: RegExp): number;
}

const live = new Set<Child>();

/**
 * A TypeScript entry point in its own Node process through the tsx loader, with an IPC channel
 * when `ipc` is set. Every child is remembered so one failure or ^C stops them all.
 */
export function spawnTs(
  name: string,
  entry: string,
  env: Record<string, string>,
  opts: { ipc: boolean; watch?: RegExp[]; nodeArgs?: string[] },
): Child {
  const ipc = opts.ipc;
  const patterns = opts.watch ?? [];
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  if (proc.pid === undefined) throw new Error(`could not start ${name}`);
  let tail = '';
  const counts = new Map<string, number>();
  const take = (d: Buffer): void => {
    const text = d.toString();
    tail = (tail + text).slice(-65_536);
    for (const p of patterns) {
      const n = text.match(new RegExp(p.source, 'g'))?.length ?? 0;
      counts.set(p.source, (counts.get(p.source) ?? 0) + n);
    }
  };
  proc.stdout?.on('data', take);
  proc.stderr?.on('data', take);
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const child: Child = {
    name,
    proc,
    pid: proc.pid,
    exited,
    output: () => tail,
    count: (pattern) => counts.get(pattern.source) ?? 0,
  };
  live.add(child);
  void exited.then(() => live.delete(child));
  return child;
}

/** SIGTERM, then SIGKILL if the child has not exited within `graceMs`. */
export async function stopChild(child: Child, graceMs = 5000): Promise<void> {
  if (child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  child.proc.kill('SIGTERM');
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...live].map((c) => stopChild(c, 2000)));
}

/** Sends one IPC message and resolves with the first reply whose `type` is `reply`. */
export function ask<R extends { type: string }>(
  child: Child,
  message: object,
  reply: R['type'],
  timeoutMs: number,
): Promise<R> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${child.name}: no '${reply}' within ${timeoutMs} ms\n${child.output()}`));
    }, timeoutMs);
    const onMessage = (m: unknown): void => {
      if (typeof m === 'object' && m !== null && (m as { type?: unknown }).type === reply) {
        cleanup();
        resolve(m as R);
      }
    };
    const onExit = (): void => {
      cleanup();
      reject(new Error(`${child.name} exited while waiting for '${reply}'\n${child.output()}`));
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      child.proc.off('message', onMessage);
      child.proc.off('exit', onExit);
    };
    child.proc.on('message', onMessage);
    child.proc.on('exit', onExit);
    child.proc.send(message);
  });
}

/** Waits for the first message of a type without sending anything (e.g. 'listening'). */
export function expectMessage<R extends { type: string }>(
  child: Child,
  type: R['type'],
  timeoutMs: number,
): Promise<R> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${child.name}: no '${type}' within ${timeoutMs} ms\n${child.output()}`)),
      timeoutMs,
    );
    const onMessage = (m: unknown): void => {
      if (typeof m === 'object' && m !== null && (m as { type?: unknown }).type === type) {
        clearTimeout(timer);
        child.proc.off('message', onMessage);
        resolve(m as R);
      }
    };
    child.proc.on('message', onMessage);
    void child.exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${child.name} exited while waiting for '${type}'\n${child.output()}`));
    });
  });
}

/** Polls GET /api/health until 200, failing early if the child exits. */
export async function waitForHealth(child: Child, baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.proc.exitCode !== null) {
      await new Promise((r) => setTimeout(r, 100)); // let the pipes deliver the last output
      throw new Error(`${child.name} exited early (code ${child.proc.exitCode}):\n${child.output()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${child.name} did not start:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
