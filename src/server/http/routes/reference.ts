import { z } from 'zod';
import { project, type ProjectableEntity } from '../../../shared/auth/projection';
import { listOf, listQuery } from '../../../shared/schemas/common';
import { camera, category, department, grid, staff, village } from '../../../shared/schemas/town';
import type { AppContext } from '../context';
import { requireUser } from '../auth-hook';

const page = <T>(items: T[], q: { limit: number; offset: number }): { items: T[]; total: number } => ({
  items: items.slice(q.offset, q.offset + q.limit),
  total: items.length,
});

const cameraQuery = listQuery.extend({
  grid: z.string().optional(),
  source: z.string().optional(),
  /** Cameras in any grid of this village. */
  village: z.string().optional(),
  q: z.string().optional(),
});
const staffQuery = listQuery.extend({ grid: z.string().optional(), role: z.string().optional() });

export function registerReferenceRoutes(ctx: AppContext): void {
  const { routes } = ctx;
  const simple = [
    { url: '/api/grids', schema: grid, get: () => ctx.reference().grids },
    { url: '/api/villages', schema: village, get: () => ctx.reference().villages },
    { url: '/api/departments', schema: department, get: () => ctx.reference().departments },
    { url: '/api/categories', schema: category, get: () => ctx.reference().categories },
  ] as const;
  for (const r of simple) {
    routes.add(
      {
        method: 'GET',
        url: r.url,
        summary: `List ${r.url.slice(5)}`,
        tag: 'reference',
        query: listQuery,
        response: listOf(r.schema),
      },
      async ({ query }, req) => {
        requireUser(req, 'reference:read');
        return page<unknown>([...r.get()], query);
      },
    );
  }
  routes.add(
    {
      method: 'GET',
      url: '/api/staff',
      summary: 'List staff (一长六员)',
      tag: 'reference',
      query: staffQuery,
      response: listOf(staff),
    },
    async ({ query }, req) => {
      const user = requireUser(req, 'staff:read');
      const all = await ctx.repo.listStaff();
      const visible = all
        .filter(
          (m) => (!query.grid || m.gridIds.includes(query.grid)) && (!query.role || m.role === query.role),
        )
        .map((m) => project({ kind: 'staff', value: m } satisfies ProjectableEntity, user))
        .filter((m) => m !== null);
      return page(visible, query);
    },
  );
  routes.add(
    {
      method: 'GET',
      url: '/api/cameras',
      summary: 'List cameras',
      tag: 'reference',
      query: cameraQuery,
      response: listOf(camera),
    },
    async ({ query }, req) => {
      const user = requireUser(req, 'camera:read');
      const text = query.q?.trim().toLowerCase();
      const villageGrids = query.village
        ? new Set(
            ctx
              .reference()
              .grids.filter((g) => g.village_id === query.village)
              .map((g) => g.grid_id),
          )
        : null;
      const visible = (await ctx.repo.listCameras())
        .filter(
          (c) => (!query.grid || c.gridId === query.grid) && (!query.source || c.source === query.source),
        )
        .filter((c) => !villageGrids || villageGrids.has(c.gridId))
        .filter((c) => !text || c.name.toLowerCase().includes(text) || c.id.toLowerCase().includes(text))
        .map((c) => project({ kind: 'camera', value: c }, user))
        .filter((c) => c !== null);
      return page(visible, query);
    },
  );
}
