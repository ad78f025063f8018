import { z } from 'zod';
import { latLng, type LatLng } from '../../shared/schemas/common';
import { jitterInGrid } from '../seed/geo-sample';
import { rngFor } from '../seed/prng';
import { describeError, isOk, type SimRuntime } from './runtime';
import { SIM_USERS, staffUsername } from './users';

const staffRow = z.object({ id: z.string(), onDuty: z.boolean(), position: latLng.nullable() });
const cameraRow = z.object({ id: z.string(), status: z.string() });

/** Reference lists may come as a plain array or as `{items, total}`; both are read. */
function rowsOf<T>(body: unknown, row: z.ZodType<T>): T[] {
  const items = Array.isArray(body) ? body : (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) => {
    const parsed = row.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Share of on-duty staff who move at each step (about every 30 simulated seconds), and a cap. */
const MOVING_SHARE = 0.06;
const MAX_MOVES_PER_STEP = 25;
/** Cameras the simulator keeps down at once, and how long (simulated seconds) an outage lasts. */
const MAX_OUTAGES = 6;
const OUTAGE_SECONDS: readonly [number, number] = [180, 1200];
const OUTAGE_CHANCE_PER_STEP = 0.25;
/** Of the outages, the share that freezes the picture instead of dropping the stream. */
const FROZEN_SHARE = 0.25;
const faultRow = z.object({ cameraId: z.string() });

export interface FieldActivity {
  /** Reads where staff are and which cameras are up, so a restart continues from the server's state. */
  init(): Promise<void>;
  /** One step: some staff walk a little inside their grid; a camera may drop out or come back. */
  step(): Promise<void>;
  positionOf(staffId: string): LatLng | null;
}

export function createFieldActivity(rt: SimRuntime): FieldActivity {
  const rng = rngFor(rt.seed, 'field');
  const grids = new Map(rt.town.grids.map((g) => [g.grid_id, g]));
  const positions = new Map(rt.town.staff.map((s) => [s.id, s.position]));
  const onDuty = new Map(rt.town.staff.map((s) => [s.id, s.onDuty]));
  const cameraStatus = new Map(rt.town.cameras.map((c) => [c.id, c.status as string]));
  /** Cameras this simulator took down, with the real time at which they come back. */
  const outages = new Map<string, number>();
  /** Cameras with a fault (anyone's): the simulator leaves them alone. */
  const faulted = new Set<string>();

  /**
   * Breaks or mends a camera the way a demo would: a fault on the simulated media server, so its
   * picture really goes away and the health poller reports it (the status follows from health).
   */
  async function setFault(id: string, fault: 'offline' | 'frozen' | null): Promise<boolean> {
    const res = await rt.client.post(SIM_USERS.operator, `/api/cameras/${encodeURIComponent(id)}/faults`, {
      fault,
    });
    if (isOk(res.status)) {
      rt.stats.cameraChanges++;
      if (fault) faulted.add(id);
      else faulted.delete(id);
      return true;
    }
    rt.warn(
      `camera:${res.status}`,
      { cameraId: id, status: res.status, body: res.body },
      'simulator could not set a camera fault',
    );
    return false;
  }

  async function move(id: string): Promise<void> {
    const member = rt.town.staff.find((s) => s.id === id);
    const from = positions.get(id);
    const grid = member ? grids.get(member.gridIds[0] ?? '') : undefined;
    if (!member || !from || !grid) return;
    const to = jitterInGrid(rng, from, rng.int(20, 120), grid, rt.town.grids);
    const res = await rt.client.post(staffUsername(id), `/api/staff/${encodeURIComponent(id)}/position`, to);
    if (isOk(res.status)) {
      rt.stats.moves++;
      positions.set(id, to);
      return;
    }
    rt.warn(
      `move:${res.status}`,
      { staffId: id, status: res.status, body: res.body },
      'simulator could not move staff',
    );
  }

  async function cameras(): Promise<void> {
    const now = Date.now();
    for (const [id, back] of outages) {
      if (back <= now && (await setFault(id, null))) outages.delete(id);
    }
    if (outages.size >= MAX_OUTAGES || !rng.chance(OUTAGE_CHANCE_PER_STEP)) return;
    const candidates = rt.town.cameras.filter(
      (c) => cameraStatus.get(c.id) === 'online' && !outages.has(c.id) && !faulted.has(c.id),
    );
    if (candidates.length === 0) return;
    const camera = rng.pick(candidates);
    const seconds = rng.int(...OUTAGE_SECONDS);
    const fault = rng.chance(FROZEN_SHARE) ? 'frozen' : 'offline';
    if (await setFault(camera.id, fault)) outages.set(camera.id, now + (seconds * 1000) / rt.speed);
  }

  const guard = async (what: string, task: () => Promise<void>): Promise<void> => {
    try {
      await task();
    } catch (error) {
      rt.stats.failures++;
      rt.warn(`${what}:error`, describeError(error), `simulator ${what} failed`);
    }
  };

  return {
    init: async () => {
      await guard('init', async () => {
        const staff = await rt.client.get(SIM_USERS.operator, '/api/staff?limit=1000');
        for (const s of rowsOf(staff.body, staffRow)) {
          if (s.position) positions.set(s.id, s.position);
          onDuty.set(s.id, s.onDuty);
        }
        const cams = await rt.client.get(SIM_USERS.operator, '/api/cameras?limit=1000');
        for (const c of rowsOf(cams.body, cameraRow)) cameraStatus.set(c.id, c.status);
        const faults = await rt.client.get(SIM_USERS.operator, '/api/cameras/faults');
        for (const f of rowsOf(faults.body, faultRow)) faulted.add(f.cameraId);
      });
    },
    step: async () => {
      const walkers = rt.town.staff.filter((s) => onDuty.get(s.id) && positions.get(s.id));
      const count = Math.min(MAX_MOVES_PER_STEP, Math.ceil(walkers.length * MOVING_SHARE));
      const chosen = rng.shuffle(walkers).slice(0, count);
      await Promise.all([...chosen.map((s) => guard('move', () => move(s.id))), guard('cameras', cameras)]);
    },
    positionOf: (id) => positions.get(id) ?? null,
  };
}
