export interface Throttle {
  /** Ask for a run: now if the last one is old enough, otherwise once at the end of the window. */
  request: () => void;
  cancel: () => void;
}

/**
 * Leading + trailing throttle: a burst of events causes one refetch at once and at most one more
 * per window, never a refetch storm (the simulator alone creates several orders a minute).
 */
export function createThrottle(run: () => void, intervalMs: number): Throttle {
  let lastRun = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function fire(): void {
    timer = null;
    lastRun = Date.now();
    run();
  }

  return {
    request() {
      if (timer !== null) return;
      const wait = lastRun + intervalMs - Date.now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
