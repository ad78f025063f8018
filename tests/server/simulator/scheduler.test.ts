import { afterEach, describe, expect, it, vi } from 'vitest';
import { inGrid } from '../../../src/server/seed/geo-sample';
import { startSimulator, type SimulatorHandle } from '../../../src/server/simulator/scheduler';
import { startFakeTownServer, type FakeTownServer } from './fake-town-server';
import { town } from './town-fixture';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function quietLog() {
  const warnings: { o: object; msg?: string }[] = [];
  return {
    warnings,
    log: { info: () => undefined, warn: (o: object, msg?: string) => void warnings.push({ o, msg }) },
  };
}

async function run(opts: {
  rate: number;
  speed: number;
}): Promise<{ server: FakeTownServer; sim: SimulatorHandle; warnings: { o: object; msg?: string }[] }> {
  const server = await startFakeTownServer(town, 'sim-pw');
  cleanup.push(() => server.close());
  const { log, warnings } = quietLog();
  const sim = startSimulator({ baseUrl: server.url, seed: 3, password: 'sim-pw', town, log, ...opts });
  cleanup.push(() => sim.stop());
  return { server, sim, warnings };
}

describe('simulator against a stand-in server', () => {
  it('creates orders and walks them through the real state machine to 结案, as the right people', async () => {
    const { server, sim, warnings } = await run({ rate: 1, speed: 300 });
    await vi.waitFor(
      () => {
        const closed = [...server.orders.values()].filter((o) => o.status === 'closed');
        expect(closed.length).toBeGreaterThanOrEqual(4);
      },
      { timeout: 45_000, interval: 100 },
    );
    await sim.stop();
    // Every command was legal for the machine and sent by someone allowed to send it.
    expect(server.refusals).toEqual([]);
    expect(warnings).toEqual([]);
    const orders = [...server.orders.values()];
    expect(orders.filter((o) => o.status === 'closed').every((o) => o.satisfaction !== null)).toBe(true);
    const writes = server.requests.filter((r) => r.method === 'POST' && r.path !== '/api/auth/login');
    expect(writes.every((w) => w.key !== null)).toBe(true);
    expect(new Set(writes.map((w) => w.key)).size).toBe(writes.length);
    const actors = new Set(writes.map((w) => w.username));
    expect(actors).toContain('sim-operator');
    expect([...actors].some((u) => u?.startsWith('staff-') && u.endsWith('-inspector'))).toBe(true);
    expect([...actors].some((u) => u?.startsWith('dept-'))).toBe(true);
  });

  it('moves on-duty staff inside their grids and breaks cameras (faults) now and then', async () => {
    const { server } = await run({ rate: 0, speed: 600 });
    await vi.waitFor(
      () => {
        expect(server.positions.size).toBeGreaterThan(20);
        expect(server.cameraFaults.size).toBeGreaterThan(0);
      },
      { timeout: 30_000, interval: 100 },
    );
    const grids = new Map(town.grids.map((g) => [g.grid_id, g]));
    for (const [id, position] of server.positions) {
      const member = town.staff.find((s) => s.id === id)!;
      expect(member.onDuty).toBe(true);
      expect(inGrid(position, grids.get(member.gridIds[0]!)!)).toBe(true);
    }
    const moves = server.requests.filter((r) => r.path.endsWith('/position'));
    expect(moves.every((r) => r.username === `staff-${r.path.split('/')[3]!.toLowerCase()}`)).toBe(true);
    expect(server.orders.size).toBe(0);
  });

  it('stop() waits for the requests in flight and leaves no timer behind', async () => {
    // Every timer set from here on, until it fires or is cleared; unref'd ones (the HTTP stack's)
    // do not keep a process alive and are not counted.
    const live = new Set<ReturnType<typeof setTimeout>>();
    const realSet = globalThis.setTimeout;
    const realClear = globalThis.clearTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
      fn: (...a: unknown[]) => void,
      ms?: number,
      ...args: unknown[]
    ) => {
      const handle = realSet(() => {
        live.delete(handle);
        fn(...args);
      }, ms);
      live.add(handle);
      return handle;
    }) as typeof setTimeout);
    vi.spyOn(globalThis, 'clearTimeout').mockImplementation((handle) => {
      live.delete(handle as ReturnType<typeof setTimeout>);
      realClear(handle);
    });
    cleanup.push(async () => {
      vi.restoreAllMocks();
    });
    const { server, sim } = await run({ rate: 30, speed: 100 });
    await vi.waitFor(() => expect(server.orders.size).toBeGreaterThan(3), { timeout: 20_000, interval: 50 });
    expect(vi.mocked(setTimeout).mock.calls.length).toBeGreaterThan(0);
    await sim.stop();
    expect(server.pending()).toBe(0);
    expect([...live].filter((t) => t.hasRef())).toEqual([]);
  });
});
