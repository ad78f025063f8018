import type { SeedTown } from '../seed/build-town';
import { createAlertSource } from './alert-source';
import { createFieldActivity } from './field-activity';
import { createSimHttpClient } from './http-client';
import { createIntake } from './intake';
import { createOrderMemory } from './lifecycle';
import { createLifecycleDriver } from './lifecycle-driver';
import { createOrderGenerator } from './order-generator';
import { describeError, emptyStats, throttledWarn, type SimLog, type SimRuntime } from './runtime';

export interface SimulatorOptions {
  baseUrl: string;
  /** New orders per simulated minute (0: none, the rest still runs). */
  rate: number;
  /** Time acceleration: simulated seconds per real second. */
  speed: number;
  seed: number;
  password: string;
  town: SeedTown;
  log: SimLog;
  /** CAMERA_ALERT_SECRET: with it the town's cameras post AI alerts to the webhook. */
  cameraAlertSecret?: string;
}

export interface SimulatorHandle {
  /** Clears every timer, stops retries and resolves once the requests in flight have finished. */
  stop(): Promise<void>;
}

/** Real-time bounds of the loops: fast enough at high speed, not a busy loop at low speed. */
const clamp = (ms: number, min: number, max: number): number => Math.min(max, Math.max(min, ms));
/** Most orders one intake tick creates, however high rate × speed is. */
const MAX_BURST = 20;

/**
 * The simulated town: an outside client of the server (HTTP only, like the 12345 platform, a video
 * platform and the people in the field would be), that creates orders, walks them through their
 * lifecycle, moves staff and lets cameras drop out.
 */
export function startSimulator(opts: SimulatorOptions): SimulatorHandle {
  const speed = opts.speed > 0 ? opts.speed : 1;
  const client = createSimHttpClient({ baseUrl: opts.baseUrl, password: opts.password });
  const rt: SimRuntime = {
    client,
    town: opts.town,
    seed: opts.seed,
    speed,
    log: opts.log,
    warn: throttledWarn(opts.log),
    stats: emptyStats(),
  };
  const memory = createOrderMemory();
  const field = createFieldActivity(rt);
  const generator = createOrderGenerator({ town: opts.town, seed: opts.seed, positionOf: field.positionOf });
  const driver = createLifecycleDriver(rt, memory);
  const intake = createIntake(rt, memory, generator, driver.openCount);

  let stopped = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const running = new Set<Promise<void>>();

  const track = (task: Promise<void>): Promise<void> => {
    running.add(task);
    return task.finally(() => running.delete(task));
  };
  const later = (ms: number, fn: () => void): void => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopped) fn();
    }, ms);
    timers.add(timer);
  };
  /** Runs `fn` every `ms` after the previous run ended, so a slow server never makes ticks overlap. */
  const every = (name: string, ms: number, fn: () => Promise<void>): void => {
    const run = (): void => {
      const task = fn().catch((error: unknown) =>
        rt.warn(`${name}:crash`, describeError(error), `simulator ${name} failed`),
      );
      void track(task).then(() => later(ms, run));
    };
    later(ms, run);
  };

  const lifecycleMs = clamp(10_000 / speed, 100, 5_000);
  const fieldMs = clamp(30_000 / speed, 250, 30_000);
  const intakeMs = opts.rate > 0 ? clamp(60_000 / (opts.rate * speed), 100, 60_000) : 0;

  // Staff positions and camera states come first, so nobody jumps back to their seeded spot.
  void track(
    field.init().then(() => {
      every('lifecycle', lifecycleMs, driver.tick);
      every('field', fieldMs, field.step);
      if (opts.cameraAlertSecret) {
        const alerts = createAlertSource(rt, { secret: opts.cameraAlertSecret, baseUrl: opts.baseUrl });
        every('alerts', clamp(20_000 / speed, 250, 20_000), alerts.tick);
      }
      if (intakeMs > 0) {
        // Orders due accrue by real elapsed time, so slow ticks do not lower the rate.
        let due = 0;
        let last = Date.now();
        every('intake', intakeMs, () => {
          const now = Date.now();
          due = Math.min(MAX_BURST, due + (opts.rate * speed * (now - last)) / 60_000);
          last = now;
          const n = Math.floor(due);
          due -= n;
          return intake.create(n);
        });
      }
    }),
  );
  opts.log.info({ rate: opts.rate, speed, seed: opts.seed, baseUrl: opts.baseUrl }, 'simulator started');

  return {
    stop: async () => {
      if (stopped) return;
      stopped = true;
      client.close();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      while (running.size > 0) await Promise.allSettled([...running]);
      opts.log.info({ ...rt.stats }, 'simulator stopped');
    },
  };
}
