import { z } from 'zod';
import { scopeOf } from '../../../shared/auth/policy';
import { calendarYear } from '../../../shared/schemas/calendar';
import { isoTime } from '../../../shared/schemas/common';
import {
  cardRecord as card,
  noticeRecord as notice,
  oversightSettings,
  supervisionRecord as supervision,
} from '../../../shared/schemas/oversight';
import type { User } from '../../../shared/schemas/user';
import { toShanghaiIso } from '../../../shared/work-order-number';
import type { UnitRef } from '../../db/repository';
import { SYSTEM_ACTOR } from '../../services/oversight';
import { requireUser } from '../auth-hook';
import type { AppContext } from '../context';
import { HttpError, notFound } from '../errors';

const range = z.object({ from: isoTime.optional(), to: isoTime.optional() });

/** A unit's records are for the centre, and for the grid's staff or the department's handlers. */
function unitVisible(user: User, action: 'oversight:read' | 'oversight:answer', unit: UnitRef): boolean {
  const scope = scopeOf(user.role, action);
  if (scope === 'all') return true;
  if (scope === 'own-grids') return unit.kind === 'grid' && (user.gridIds ?? []).includes(unit.id);
  if (scope === 'own-department') return unit.kind !== 'grid' && unit.id === user.departmentId;
  return false;
}

const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const cleanRange = (q: { from?: string | undefined; to?: string | undefined }) => ({
  ...(q.from !== undefined ? { from: q.from } : {}),
  ...(q.to !== undefined ? { to: q.to } : {}),
});

export function registerOversightRoutes(ctx: AppContext): void {
  const store = ctx.repo.oversight;
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/oversight/cards',
      summary: 'The yellow/red card ledger',
      tag: 'oversight',
      query: range,
      response: items(card),
    },
    async ({ query }, req) => {
      const user = requireUser(req, 'oversight:read');
      const all = await store.listCards(cleanRange(query));
      return { items: all.filter((c) => unitVisible(user, 'oversight:read', c.unit)) };
    },
  );
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/oversight/supervisions',
      summary: 'Supervisions (督办), open ones with open=true',
      tag: 'oversight',
      query: z.object({ open: z.enum(['true', 'false']).optional(), orderId: z.string().max(64).optional() }),
      response: items(supervision),
    },
    async ({ query }, req) => {
      const user = requireUser(req, 'oversight:read');
      const all = await store.listSupervisions({
        open: query.open === 'true',
        ...(query.orderId !== undefined ? { orderId: query.orderId } : {}),
      });
      return { items: all.filter((s) => unitVisible(user, 'oversight:read', s.unit)) };
    },
  );
  ctx.routes.add(
    {
      method: 'POST',
      url: '/api/oversight/supervisions/:id/answer',
      summary: 'Answer a supervision opened against your unit',
      tag: 'oversight',
      body: z.object({ answer: z.string().trim().min(1).max(2000) }),
      response: supervision,
    },
    async ({ body, params }, req) => {
      const user = requireUser(req, 'oversight:answer');
      const at = toShanghaiIso(ctx.now());
      const id = params.id ?? '';
      const existing = await store.getSupervision(id);
      if (!existing || !unitVisible(user, 'oversight:read', existing.unit)) throw notFound('supervision');
      if (!unitVisible(user, 'oversight:answer', existing.unit))
        throw new HttpError(403, 'forbidden', 'only the supervised unit or the centre answers');
      const events = await ctx.repo.transaction(async (tx) => {
        if (!(await tx.oversight.answerSupervision(id, body.answer, user.id, at)))
          throw new HttpError(409, 'already_answered', 'this supervision has been answered');
        const order = await tx.getWorkOrder(existing.orderId);
        if (!order) return [];
        const next = { ...order, version: order.version + 1, updatedAt: at };
        if (!(await tx.updateWorkOrder(next, order.version)))
          throw new HttpError(409, 'stale_version', 'the order changed meanwhile');
        return tx.appendEvents([
          {
            type: 'work-order:updated',
            at,
            action: 'supervision_answered',
            actor: { userId: user.id, username: user.username, role: user.role },
            entityId: order.id,
            reason: body.answer,
            entity: next,
          },
        ]);
      });
      ctx.hub.publish(events);
      return (await store.getSupervision(id)) ?? existing;
    },
  );
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/oversight/notices',
      summary: 'Public notices (通报)',
      tag: 'oversight',
      query: range,
      response: items(notice),
    },
    async ({ query }, req) => {
      const user = requireUser(req, 'oversight:read');
      const all = await store.listNotices(cleanRange(query));
      return { items: all.filter((n) => unitVisible(user, 'oversight:read', n.unit)) };
    },
  );

  const settingsView = z.object({
    settings: oversightSettings,
    calendars: z.array(z.object({ year: z.number(), source: z.string().nullable(), holidays: z.number() })),
    missingYears: z.array(z.number()),
    systemActor: z.string(),
    /** > 1 while the simulated town runs its clocks compressed by SIM_SPEED (demo only). */
    demoSpeed: z.number(),
  });
  const view = () => {
    const year = Number(toShanghaiIso(ctx.now()).slice(0, 4));
    return {
      settings: ctx.oversightConfig.get(),
      calendars: ctx.oversightConfig.calendars().map((c) => ({
        year: c.year,
        source: c.source ?? null,
        holidays: c.holidays.length,
      })),
      missingYears: ctx.oversightConfig.missing(year),
      systemActor: SYSTEM_ACTOR.userId,
      demoSpeed: ctx.oversightConfig.speed,
    };
  };
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/admin/oversight',
      summary: 'Rule table, working hours, ladders and calendars',
      tag: 'admin',
      response: settingsView,
    },
    async (_input, req) => {
      requireUser(req, 'settings:read');
      return view();
    },
  );
  ctx.routes.add(
    {
      method: 'PUT',
      url: '/api/admin/oversight',
      summary: 'Replace the rule table, working hours, ladders and escalation delay',
      tag: 'admin',
      body: oversightSettings,
      response: settingsView,
    },
    async ({ body }, req) => {
      requireUser(req, 'settings:write');
      await ctx.oversightConfig.save(body, toShanghaiIso(ctx.now()));
      await ctx.oversight.reschedule();
      return view();
    },
  );
  ctx.routes.add(
    {
      method: 'POST',
      url: '/api/admin/calendars',
      summary: "Import a year's official holiday schedule (same JSON shape as the bundled 2026 file)",
      tag: 'admin',
      body: calendarYear,
      response: settingsView,
    },
    async ({ body }, req) => {
      requireUser(req, 'settings:write');
      await ctx.oversightConfig.importCalendar(body, toShanghaiIso(ctx.now()));
      await ctx.oversight.reschedule();
      return view();
    },
  );
}
