import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { scopeOf } from '../../../shared/auth/policy';
import {
  dutyRoster,
  wallMarkers,
  wallSummary,
  type WallMarker,
  type WallSummary,
} from '../../../shared/schemas/wall';
import { toMarker } from '../../../shared/wall/marker';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { OPEN_STATUSES, shanghaiMidnight, wallSummaryOf } from '../../../shared/wall/summary';
import { requireUser } from '../auth-hook';
import type { AppContext } from '../context';
import { forbidden } from '../errors';
import type { FastifyRequest } from 'fastify';

const DUTY_KEY = 'wall.duty';

/** More open orders than a town ever has; the list is read in one query. */
const MAX_ORDERS = 50_000;
/** Figures are recomputed at most this often for the same event-log position, whatever the number of walls. */
const SUMMARY_TTL_MS = 2_000;

/** Town-wide figures are for those who see the whole town: the centre, the leader and the wall. */
function requireTownViewer(req: FastifyRequest): void {
  const user = requireUser(req, 'work-order:read');
  if (scopeOf(user.role, 'work-order:read') !== 'all') throw forbidden('work-order:read');
}

export function registerWallRoutes(ctx: AppContext): void {
  const page = { limit: MAX_ORDERS, offset: 0 };
  const openOrders = async (): Promise<WorkOrder[]> =>
    (await ctx.repo.listWorkOrders({ status: OPEN_STATUSES.join(',') }, page)).items;
  let cached: { seq: number; at: number; value: WallSummary } | null = null;

  async function compute(): Promise<WallSummary> {
    const nowMs = ctx.now().getTime();
    // Read the position first: the lists read after it include at least every event up to it.
    const seq = await ctx.repo.latestSeq();
    if (cached && cached.seq === seq && nowMs - cached.at < SUMMARY_TTL_MS) return cached.value;
    const midnight = new Date(shanghaiMidnight(nowMs)).toISOString();
    const since = new Date(Math.min(shanghaiMidnight(nowMs), nowMs - 24 * 3_600_000)).toISOString();
    const [open, recent, settled, cameras, staff] = await Promise.all([
      openOrders(),
      ctx.repo.listWorkOrders({ from: since }, page),
      ctx.repo.listWorkOrders({ status: 'closed,rejected,merged', updatedFrom: midnight }, page),
      ctx.repo.listCameras(),
      ctx.repo.listStaff(),
    ]);
    const orders = new Map<string, WorkOrder>();
    for (const o of [...open, ...recent.items, ...settled.items]) orders.set(o.id, o);
    const oldestOpen = open.reduce((min, o) => (o.createdAt < min ? o.createdAt : min), midnight);
    const cards = await ctx.repo.oversight.listCards({ from: new Date(oldestOpen).toISOString() });
    const ref = ctx.reference();
    const roster = dutyRoster.safeParse(await ctx.repo.oversight.getSetting(DUTY_KEY));
    const value = wallSummaryOf({
      dutyLeader: roster.success ? roster.data.leader : null,
      now: new Date(nowMs).toISOString(),
      asOfSeq: seq,
      orders: [...orders.values()],
      cards,
      cameras,
      staff,
      villageIds: ref.villages.map((v) => v.id),
      gridIds: ref.grids.map((g) => g.grid_id),
    });
    cached = { seq, at: nowMs, value };
    return value;
  }

  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/wall/summary',
      summary: "The wall's KPIs, chart series, grid measures and card board",
      tag: 'wall',
      query: z.object({}),
      response: wallSummary,
    },
    async (_input, req) => {
      requireTownViewer(req);
      return compute();
    },
  );

  ctx.routes.add(
    {
      method: 'PUT',
      url: '/api/wall/duty',
      summary: 'Set the duty leader (值班领导) the walls show',
      tag: 'wall',
      body: dutyRoster,
      response: dutyRoster,
    },
    async ({ body }, req) => {
      const user = requireUser(req, 'work-order:command');
      if (scopeOf(user.role, 'work-order:command') !== 'all') throw forbidden('work-order:command');
      const at = ctx.now().toISOString();
      await ctx.repo.oversight.putSetting(DUTY_KEY, body, at);
      await ctx.repo.audit({ id: randomUUID(), at, userId: user.id, action: 'wall.duty', detail: body });
      cached = null;
      return body;
    },
  );

  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/wall/markers',
      summary: 'Every open work order as a compact map marker',
      tag: 'wall',
      query: z.object({}),
      response: wallMarkers,
    },
    async (_input, req) => {
      requireTownViewer(req);
      const asOfSeq = await ctx.repo.latestSeq();
      return {
        asOfSeq,
        items: (await openOrders()).map(toMarker).filter((m): m is WallMarker => m !== null),
      };
    },
  );
}
