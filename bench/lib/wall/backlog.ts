import { MAX_OPEN_ORDERS } from '../../../src/server/simulator/intake';
import { OPEN_STATUSES } from '../../../src/shared/wall/summary';

/**
 * A town running the simulator settles at the bound of its intake: above MAX_OPEN_ORDERS new orders
 * wait until the pipeline closes some, so the open orders hover just under it (235–250 over two
 * minutes at SIM_SPEED=200, measured 2026-11-28).
 */
export const STEADY_BACKLOG = MAX_OPEN_ORDERS - 15;
/** Simulated speed of the warm-up run: the town reaches its bound in about 15 s of real time. */
export const WARM_TOWN_SPEED = 200;
/** Real seconds the warm-up keeps running after reaching the bound, so order ages spread out. */
export const WARM_TOWN_HOLD_S = 20;

/**
 * Runs a freshly seeded town until its backlog is steady, for a soak to start from. A fresh town
 * starts with no orders and its open orders (each a map marker) rise for about eight minutes at
 * SIM_SPEED=20; a heap compared across that rise measures the town filling up, not the wall.
 * Orders created all at once would not do either: they move through the pipeline as one cohort and
 * the backlog dips as they close together. So the caller starts the server with the simulator at
 * WARM_TOWN_SPEED on the data directory the soak will use, awaits this, stops that server and
 * starts the soak's on the same directory; the simulator picks up the open orders from the server.
 */
export async function awaitSteadyBacklog(
  openOrders: () => Promise<number>,
  opts: { timeoutS?: number; holdS?: number } = {},
): Promise<{ open: number; seconds: number }> {
  const t0 = performance.now();
  const timeoutMs = (opts.timeoutS ?? 120) * 1000;
  const holdMs = (opts.holdS ?? WARM_TOWN_HOLD_S) * 1000;
  let reachedAt: number | null = null;
  for (;;) {
    const open = await openOrders();
    const now = performance.now();
    if (reachedAt === null && open >= STEADY_BACKLOG) reachedAt = now;
    if (reachedAt !== null && now - reachedAt >= holdMs) return { open, seconds: (now - t0) / 1000 };
    if (now - t0 > timeoutMs)
      throw new Error(
        `town warm-up: ${open} open orders after ${opts.timeoutS ?? 120} s, wanted ${STEADY_BACKLOG}`,
      );
    // Polling is the measurement here: the count is the server's, there is no event to await.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** The REST path that counts open orders (limit=1: only `total` is read). */
export const OPEN_ORDERS_PATH = `/api/work-orders?status=${OPEN_STATUSES.join(',')}&limit=1`;
