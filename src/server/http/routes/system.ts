import { z } from 'zod';
import type { AppContext } from '../context';
import { buildOpenApi } from '../openapi';

const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  seq: z.number(),
  db: z.string(),
  simulator: z.enum(['on', 'off']),
  sockets: z.number(),
});

export function registerSystemRoutes(ctx: AppContext): void {
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/health',
      summary: 'Health',
      tag: 'system',
      public: true,
      response: healthResponse,
    },
    async (_i, _req, reply) => {
      const db = await ctx.repo.health();
      const body = {
        status: db.ok ? ('ok' as const) : ('degraded' as const),
        version: ctx.version,
        seq: ctx.hub.latestSeq,
        db: db.ok ? `${ctx.repo.dialect}: ok` : `${ctx.repo.dialect}: ${db.detail}`,
        simulator: ctx.simulator,
        sockets: ctx.hub.socketCount,
      };
      return reply.code(db.ok ? 200 : 503).send(body);
    },
  );
  ctx.routes.add(
    { method: 'GET', url: '/api/openapi.json', summary: 'This document', tag: 'system', public: true },
    async () => buildOpenApi(ctx.routes.routes, ctx.version),
  );
}
