import { z } from 'zod';

/** Features per layer a town may import; far above a town's villages and grids. */
export const MAX_LAYER_FEATURES = 5000;

/** What can be wrong with an imported layer; the client words each code in the admin's language. */
export const layerIssueCode = z.enum([
  'not_collection',
  'too_many_features',
  'empty_layer',
  'not_feature',
  'bad_property',
  'bad_geometry',
  'bad_coordinates',
  'bad_position',
  'out_of_range',
  'ring_too_short',
  'ring_not_closed',
  'ring_degenerate',
  'self_intersection',
  'duplicate_id',
  'unknown_village',
  'outside_village',
  'grid_in_use',
  'village_in_use',
]);
export type LayerIssueCode = z.infer<typeof layerIssueCode>;

/**
 * One problem, pinned down so the administrator can fix it: which file, which feature (its id when
 * it has a usable one, else its index), where inside it (`features[3].geometry.coordinates[0][5]`).
 */
export const layerIssue = z.object({
  layer: z.enum(['villages', 'grids']),
  feature: z.union([z.string(), z.number().int()]),
  path: z.string(),
  code: layerIssueCode,
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type LayerIssue = z.infer<typeof layerIssue>;

/** The layers are checked feature by feature by validateLayers, so the body only has to be two objects. */
export const mapLayersImportBody = z.object({
  villages: z.record(z.string(), z.unknown()),
  grids: z.record(z.string(), z.unknown()),
});
export type MapLayersImportBody = z.infer<typeof mapLayersImportBody>;

/** POST /api/admin/map-layers answers the counts and which grid ids came and went. */
export const mapLayersImportResult = z.object({
  villages: z.number().int(),
  grids: z.number().int(),
  basicGrids: z.number().int(),
  specialisedGrids: z.number().int(),
  addedGridIds: z.array(z.string()),
  removedGridIds: z.array(z.string()),
});
export type MapLayersImportResult = z.infer<typeof mapLayersImportResult>;

/** The 400 of a refused import: the usual error body plus every issue. */
export const mapLayersImportError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(layerIssue).optional(),
  }),
});
