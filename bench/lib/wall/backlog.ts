import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTown } from '../../../src/server/seed/build-town';
import { createSimHttpClient } from '../../../src/server/simulator/http-client';
import { MAX_OPEN_ORDERS } from '../../../src/server/simulator/intake';
import { createOrderGenerator } from '../../../src/server/simulator/order-generator';
import { SIM_USERS } from '../../../src/server/simulator/users';
import { OPEN_STATUSES } from '../../../src/shared/wall/summary';
import { ROOT } from '../children';

/**
 * The open orders a town running the simulator settles at: intake holds off at MAX_OPEN_ORDERS and
 * the pipeline closes orders as fast as new ones arrive, so the count hovers just under the bound
 * (239–247 in the 10-min soak of 2026-11-28).
 */
export const STEADY_BACKLOG = MAX_OPEN_ORDERS - 10;
const BATCH = 20;

/**
 * Brings a freshly seeded town to its steady backlog before a soak. A fresh town starts with no
 * orders and its open orders (each one a map marker, a ticker row's worth of data) rise for about
 * eight minutes at SIM_SPEED=20; a heap compared across that rise measures the town filling up,
 * not the wall. The orders are the simulator's own (its generator, its users, over REST), and the
 * running simulator then walks them through their lifecycle like any other.
 */
export async function fillBacklog(
  baseUrl: string,
  dataDir: string,
  target = STEADY_BACKLOG,
): Promise<{ created: number; open: number }> {
  // The simulator's users share one password, generated once per data directory (config.ts).
  const { simPassword: password } = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as {
    simPassword: string;
  };
  const town = buildTown({ geoDir: join(ROOT, 'public', 'geo'), seed: 1 });
  const generator = createOrderGenerator({ town, seed: 20261128 });
  const client = createSimHttpClient({ baseUrl, password });
  const openPath = `/api/work-orders?status=${OPEN_STATUSES.join(',')}&limit=1`;
  const countOpen = async (): Promise<number> => {
    const res = await client.get(SIM_USERS.operator, openPath);
    if (res.status !== 200) throw new Error(`backlog: listing open orders answered HTTP ${res.status}`);
    return (res.body as { total: number }).total;
  };
  let created = 0;
  try {
    for (let open = await countOpen(); open < target; open = await countOpen()) {
      const drawn = Array.from({ length: Math.min(BATCH, target - open) }, () => generator.next());
      const replies = await Promise.all(drawn.map((o) => client.post(o.username, '/api/work-orders', o.body)));
      const refused = replies.find((r) => r.status !== 201);
      if (refused) throw new Error(`backlog: create answered HTTP ${refused.status} ${JSON.stringify(refused.body)}`);
      created += replies.length;
    }
    return { created, open: await countOpen() };
  } finally {
    client.close();
  }
}
