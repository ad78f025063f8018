import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { project } from '../../../shared/auth/projection';
import { categoryCode } from '../../../shared/schemas/town';
import { priority, workOrderStatus, type WorkOrder } from '../../../shared/schemas/work-order';
import { findDuplicates, type DuplicateOther } from '../../../shared/triage/duplicates';
import { suggestTriage } from '../../../shared/triage/suggest';
import {
  buildGazetteer,
  loadLandmarks,
  loadVillageCells,
  searchGazetteer,
  type GazetteerEntry,
} from '../../triage/gazetteer';
import { requireUser } from '../auth-hook';
import type { AppContext } from '../context';
import { notFound } from '../errors';

const GEO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'public', 'geo');
/** How far around an order's receipt the duplicate search looks (the same-caller window). */
const DUPLICATE_SPAN_MS = 24 * 3600_000;

const suggestion = z.object({
  category: categoryCode.nullable(),
  priority,
  confidence: z.number(),
  keywords: z.array(z.string()),
});
const gazetteerEntry = z.object({
  kind: z.enum(['village', 'grid', 'landmark']),
  name: z.string(),
  label: z.string(),
  lat: z.number(),
  lng: z.number(),
  gridId: z.string().optional(),
  villageId: z.string().optional(),
  aliases: z.array(z.string()).optional(),
});
const duplicate = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  status: workOrderStatus,
  reasons: z.array(z.enum(['nearby-same-category', 'same-caller'])),
  distanceM: z.number().nullable(),
  minutesApart: z.number(),
});

/** An order as the duplicate finder sees it; a new order has no category yet, so its suggestion counts. */
function asCandidate(o: WorkOrder): DuplicateOther {
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    category: o.category ?? suggestTriage(o.description, o.title).category,
    location: o.location,
    receivedAt: o.createdAt,
    callerPhone: o.reporter?.phone ?? null,
  };
}

/** Triage aids of DESIGN §3.4: category and priority from the text, places, duplicates. */
export function registerTriageRoutes(ctx: AppContext): void {
  let gazetteer: GazetteerEntry[] | null = null;
  const places = (): GazetteerEntry[] =>
    (gazetteer ??= buildGazetteer({
      villages: loadVillageCells(GEO_DIR),
      grids: ctx.reference().grids,
      landmarks: loadLandmarks(),
    }));

  ctx.routes.add(
    {
      method: 'POST',
      url: '/api/triage/suggest',
      summary: 'Suggest a category and priority from a description (keyword rules)',
      tag: 'triage',
      body: z.object({
        description: z.string().trim().min(1).max(5000),
        title: z.string().max(200).optional(),
      }),
      response: suggestion,
    },
    async ({ body }, req) => {
      requireUser(req, 'work-order:create');
      return suggestTriage(body.description, body.title);
    },
  );
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/gazetteer',
      summary: 'Villages, grids and landmarks matching a text (offline address suggestions)',
      tag: 'triage',
      query: z.object({
        q: z.string().max(100).default(''),
        limit: z.coerce.number().int().min(1).max(50).default(10),
      }),
      response: z.object({ items: z.array(gazetteerEntry) }),
    },
    async ({ query }, req) => {
      requireUser(req, 'reference:read');
      return { items: searchGazetteer(places(), query.q, query.limit) };
    },
  );
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/work-orders/:id/duplicates',
      summary: 'Possible duplicates: same category within 200 m and 2 h, or the same caller',
      tag: 'triage',
      response: z.object({ items: z.array(duplicate) }),
    },
    async ({ params }, req) => {
      const user = requireUser(req, 'work-order:read');
      const order = await ctx.repo.getWorkOrder(params.id ?? '');
      if (!order || project({ kind: 'work-order', value: order }, user) === null)
        throw notFound('work order');
      const at = Date.parse(order.createdAt);
      const around = await ctx.repo.listWorkOrders(
        {
          from: new Date(at - DUPLICATE_SPAN_MS).toISOString(),
          to: new Date(at + DUPLICATE_SPAN_MS).toISOString(),
        },
        { limit: 5000, offset: 0 },
      );
      const visible = around.items.filter((o) => project({ kind: 'work-order', value: o }, user) !== null);
      const byId = new Map(visible.map((o) => [o.id, o]));
      const matches = findDuplicates(asCandidate(order), visible.map(asCandidate));
      return {
        items: matches.map((m) => ({
          ...m,
          title: byId.get(m.id)?.title ?? '',
          status: byId.get(m.id)!.status,
        })),
      };
    },
  );
}
