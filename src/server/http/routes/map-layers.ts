import { randomUUID } from 'node:crypto';
import { mapLayersImportBody, mapLayersImportResult } from '../../../shared/geo/layer-import';
import { mapLayers } from '../../../shared/schemas/map';
import { MapLayerService } from '../../services/map-layers';
import { requireUser } from '../auth-hook';
import type { AppContext } from '../context';

const IMPORT_URL = '/api/admin/map-layers';
/** Surveyed boundaries run to a few MB of GeoJSON; every other route keeps the app's 1 MiB. */
export const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

/** The map's outline layers, and a town's import of its own villages and grids at /admin. */
export function registerMapLayerRoutes(
  ctx: AppContext,
  opts: { geoDir?: string; tileUrl?: string } = {},
): void {
  const layers = new MapLayerService({
    repo: ctx.repo,
    reference: ctx.reference,
    setReference: ctx.setReference,
    now: ctx.now,
    tileUrl: opts.tileUrl,
    ...(opts.geoDir ? { geoDir: opts.geoDir } : {}),
  });
  // The registry declares no per-route body limit; raise it for the import alone as Fastify adds it.
  ctx.routes.app.addHook('onRoute', (route) => {
    if (route.url === IMPORT_URL && route.method === 'POST') route.bodyLimit = IMPORT_BODY_LIMIT;
  });

  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/map/layers',
      summary: 'County, neighbour, town and village outlines for the map, with attribution and basemap',
      tag: 'reference',
      response: mapLayers,
    },
    async (_i, req) => {
      requireUser(req, 'reference:read');
      return layers.layers();
    },
  );
  ctx.routes.add(
    {
      method: 'POST',
      url: IMPORT_URL,
      summary: "Replace the schematic villages and grids with the town's own GeoJSON layers",
      tag: 'admin',
      body: mapLayersImportBody,
      response: mapLayersImportResult,
    },
    async ({ body }, req) => {
      const admin = requireUser(req, 'settings:write');
      const result = await layers.import(body, admin);
      await ctx.repo.audit({
        id: randomUUID(),
        at: ctx.now().toISOString(),
        userId: admin.id,
        action: 'map_layers_import',
        detail: result,
      });
      return result;
    },
  );
}
