export interface Pacer {
  /** Stops the timer; returns how many ticks fired. */
  stop(): PacerFigures;
}

export interface PacerFigures {
  ticks: number;
  /** Ticks that fired more than 2 ms after their due time (the timer or the loop was late). */
  late: number;
}

/**
 * Fires `onTick` at a fixed rate on an absolute schedule: each due time is start + i / rate, so
 * timer jitter does not accumulate into a lower rate, and ticks missed while the loop was busy
 * are caught up (a few at a time) rather than dropped.
 */
export function pace(rateHz: number, onTick: (index: number) => void): Pacer {
  const period = 1000 / rateHz;
  const start = performance.now();
  let index = 0;
  let late = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = (): void => {
    if (stopped) return;
    const now = performance.now();
    for (let burst = 0; burst < 5 && start + index * period <= now; burst++) {
      if (now - (start + index * period) > 2) late++;
      onTick(index++);
    }
    timer = setTimeout(tick, Math.max(0, start + index * period - performance.now()));
  };
  timer = setTimeout(tick, 0);
  return {
    stop(): PacerFigures {
      stopped = true;
      clearTimeout(timer);
      return { ticks: index, late };
    },
  };
}
