import { z } from 'zod';

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const ring = z.array(position);
export const polygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
export const multiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)).min(1),
});
export const areaGeometry = z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry]);

/** A GeoJSON FeatureCollection of (multi)polygons with free-form properties (RFC 7946, lon/lat). */
export const areaCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.record(z.string(), z.unknown()).nullable(),
      geometry: areaGeometry,
    }),
  ),
});
export type AreaCollection = z.infer<typeof areaCollection>;

/**
 * The outline layers the map draws under the grids (which come from GET /api/grids):
 * `GET /api/map/layers`. Village areas carry `properties.id` (the village id) and `properties.name`.
 */
export const mapLayers = z.object({
  county: areaCollection,
  neighbours: areaCollection,
  town: areaCollection,
  villageAreas: areaCollection,
  /** Which layers are schematic (示意): the map says so next to the attribution. */
  synthetic: z.object({ town: z.boolean(), villages: z.boolean(), grids: z.boolean() }),
  attribution: z.string(),
  /** Optional basemap (TILE_URL); `gcj02` when the template is an Amap/Tencent one (shift the layers). */
  tiles: z.object({ url: z.string(), crs: z.enum(['wgs84', 'gcj02']) }).nullable(),
});
export type MapLayers = z.infer<typeof mapLayers>;
