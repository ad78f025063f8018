import { z } from 'zod';
import { evaluationCsv } from '../../../shared/evaluation/csv';
import { evaluate, periodFor, type Period, type UnitScore } from '../../../shared/evaluation/evaluate';
import { isoTime } from '../../../shared/schemas/common';
import { evaluationResponse } from '../../../shared/schemas/oversight';
import { requireUser } from '../auth-hook';
import type { AppContext } from '../context';
import { HttpError } from '../errors';

const query = z.object({
  unitKind: z.enum(['grid', 'village', 'department', 'squad']).default('grid'),
  period: z.enum(['day', 'week', 'month', 'custom']).default('week'),
  anchor: isoTime.optional(),
  from: isoTime.optional(),
  to: isoTime.optional(),
  lang: z.enum(['zh-CN', 'en']).default('zh-CN'),
});
type Query = z.infer<typeof query>;

/** 绩效评价 (DESIGN §3.6) per unit and period, as JSON for the console and the wall, and as CSV. */
export function registerEvaluationRoutes(ctx: AppContext): void {
  const run = async (q: Query): Promise<{ period: Period; items: UnitScore[] }> => {
    const now = ctx.now().toISOString();
    let period: Period;
    try {
      period =
        q.period === 'custom'
          ? periodFor({ kind: 'custom', from: q.from ?? '', to: q.to ?? '' })
          : periodFor({ kind: q.period, anchor: q.anchor ?? now });
    } catch (err) {
      throw new HttpError(400, 'validation_failed', (err as Error).message, {
        fields: { period: 'a custom period needs from < to' },
      });
    }
    const ref = ctx.reference();
    const orders = await ctx.repo.listWorkOrders({}, { limit: 50_000, offset: 0 });
    const store = ctx.repo.oversight;
    // From the timeline: how often each order was sent back by 核查 (返工), and when it was last closed.
    const reworkCounts: Record<string, number> = {};
    const closedAt: Record<string, string> = {};
    for (const mark of await store.eventMarks(['verify_fail', 'close'])) {
      if (mark.action === 'verify_fail') reworkCounts[mark.entityId] = (reworkCounts[mark.entityId] ?? 0) + 1;
      else closedAt[mark.entityId] = mark.at;
    }
    const items = evaluate({
      reworkCounts,
      closedAt,
      orders: orders.items,
      cards: await store.listCards({ from: period.from, to: period.to }),
      supervisions: await store.listSupervisions({}),
      notices: await store.listNotices({ from: period.from, to: period.to }),
      unitKind: q.unitKind,
      period,
      now,
      gridVillage: Object.fromEntries(
        ref.grids.flatMap((g) => (g.village_id ? [[g.grid_id, g.village_id]] : [])),
      ),
      calendar: ctx.oversightConfig.current().calendar,
    });
    return { period, items };
  };

  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/evaluation',
      summary:
        'Performance (绩效) per unit and period: on-time rates, handling time, rework, satisfaction, cards',
      tag: 'evaluation',
      query,
      response: evaluationResponse,
    },
    async ({ query: q }, req) => {
      requireUser(req, 'oversight:read');
      return run(q);
    },
  );
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/evaluation.csv',
      summary: 'The same evaluation as CSV (UTF-8 with BOM, for Excel)',
      tag: 'evaluation',
      query,
    },
    async ({ query: q }, req, reply) => {
      requireUser(req, 'oversight:read');
      const { period, items } = await run(q);
      const ref = ctx.reference();
      const names: Record<string, string> = {
        ...Object.fromEntries(ref.grids.map((g) => [g.grid_id, `${g.village ?? ''}${g.name}`])),
        ...Object.fromEntries(ref.villages.map((v) => [v.id, v.name])),
        ...Object.fromEntries(ref.departments.map((d) => [d.id, d.name])),
      };
      const file = `evaluation-${q.unitKind}-${period.from.slice(0, 10)}.csv`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file}"`)
        .send(evaluationCsv(items, names, q.lang));
    },
  );
}
