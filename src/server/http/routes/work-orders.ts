import { z } from 'zod';
import { scopeOf } from '../../../shared/auth/policy';
import { project } from '../../../shared/auth/projection';
import { listQuery } from '../../../shared/schemas/common';
import { timelineEntry, type DomainEvent, type TimelineEntry } from '../../../shared/schemas/event';
import {
  createWorkOrderBody,
  workOrder,
  workOrderCommand,
  workOrderQuery,
  type WorkOrder,
} from '../../../shared/schemas/work-order';
import { allowedCommands } from '../../../shared/work-order/machine';
import { machineActor } from '../../services/work-orders';
import type { AppContext } from '../context';
import { idempotencyKey, requireUser } from '../auth-hook';
import { notFound } from '../errors';

/** Scoped viewers are filtered after the query; this bounds how far back that reaches. */
const SCOPED_SCAN_LIMIT = 20_000;

const listResponse = z.object({ items: z.array(workOrder), total: z.number(), asOfSeq: z.number() });
const detailResponse = workOrder.extend({
  allowedCommands: z.array(z.string()),
  timeline: z.array(timelineEntry),
});
const statsResponse = z.object({
  byStatus: z.record(z.string(), z.number()),
  total: z.number(),
  open: z.number(),
  asOfSeq: z.number(),
});
const CLOSED_STATUSES = new Set(['rejected', 'merged', 'closed']);

function toTimeline(e: DomainEvent): TimelineEntry {
  const entity = e.entity as { version: number; status?: string };
  return {
    seq: e.seq,
    at: e.at,
    type: e.type,
    action: e.action,
    actor: e.actor,
    reason: e.reason,
    version: entity.version,
    status: entity.status ?? null,
    data: e.data ?? null,
  };
}

export function registerWorkOrderRoutes(ctx: AppContext): void {
  const { routes, repo } = ctx;

  routes.add(
    {
      method: 'GET',
      url: '/api/work-orders',
      summary: 'List work orders',
      tag: 'work-orders',
      query: listQuery.extend(workOrderQuery.shape),
      response: listResponse,
    },
    async ({ query }, req) => {
      const user = requireUser(req, 'work-order:read');
      const asOfSeq = await repo.latestSeq();
      const page = { limit: query.limit, offset: query.offset };
      if (scopeOf(user.role, 'work-order:read') === 'all') {
        const res = await repo.listWorkOrders(query, page);
        return {
          items: res.items.map((o) => project({ kind: 'work-order', value: o }, user)),
          total: res.total,
          asOfSeq,
        };
      }
      const scanned = await repo.listWorkOrders(query, { limit: SCOPED_SCAN_LIMIT, offset: 0 });
      const visible = scanned.items
        .map((o) => project({ kind: 'work-order', value: o }, user))
        .filter((o): o is WorkOrder => o !== null);
      return { items: visible.slice(page.offset, page.offset + page.limit), total: visible.length, asOfSeq };
    },
  );

  routes.add(
    {
      method: 'GET',
      url: '/api/stats/work-orders',
      summary: 'Work-order counts by status',
      tag: 'work-orders',
      response: statsResponse,
    },
    async (_i, req) => {
      requireUser(req, 'work-order:read');
      const asOfSeq = await repo.latestSeq();
      const { byStatus, total } = await repo.workOrderStats();
      const open = Object.entries(byStatus)
        .filter(([s]) => !CLOSED_STATUSES.has(s))
        .reduce((n, [, c]) => n + c, 0);
      return { byStatus, total, open, asOfSeq };
    },
  );

  routes.add(
    {
      method: 'GET',
      url: '/api/work-orders/:id',
      summary: 'One work order with its timeline',
      tag: 'work-orders',
      response: detailResponse,
    },
    async ({ params }, req) => {
      const user = requireUser(req, 'work-order:read');
      const id = params.id ?? '';
      const order = (await repo.getWorkOrder(id)) ?? (await ctx.findByNumber(id));
      const visible = order ? project({ kind: 'work-order', value: order }, user) : null;
      if (!order || !visible) throw notFound('work order');
      const events = await repo.listWorkOrderEvents(order.id);
      return {
        ...visible,
        allowedCommands: allowedCommands(order, machineActor(user)),
        timeline: events.map(toTimeline),
      };
    },
  );

  routes.add(
    {
      method: 'POST',
      url: '/api/work-orders',
      summary: 'Create a work order',
      tag: 'work-orders',
      body: createWorkOrderBody,
      response: workOrder,
      status: 201,
    },
    async ({ body }, req, reply) => {
      const user = requireUser(req, 'work-order:create');
      const result = await ctx.workOrders.create(user, body, idempotencyKey(req));
      return reply.code(result.status).send(result.body);
    },
  );

  routes.add(
    {
      method: 'POST',
      url: '/api/work-orders/:id/commands',
      summary: 'Run a command on a work order',
      tag: 'work-orders',
      body: workOrderCommand,
      response: workOrder,
    },
    async ({ body, params }, req, reply) => {
      const user = requireUser(req, 'work-order:command');
      const result = await ctx.workOrders.command(user, params.id ?? '', body, idempotencyKey(req));
      return reply.code(result.status).send(result.body);
    },
  );
}
