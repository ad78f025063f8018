import { verticesOutside } from './area-geometry';
import { checkAreaGeometry, type AreaGeometry2D, type Problem, type Ring2D } from './geometry-checks';
import { MAX_LAYER_FEATURES, type LayerIssue } from './layer-import';

export interface VillageArea {
  id: string;
  name: string;
  kind: string | null;
  geometry: AreaGeometry2D;
}

export interface GridArea {
  grid_id: string;
  type: 'basic' | 'specialised';
  name: string;
  /** Basic grids only; a specialised grid spans villages and belongs to none. */
  village_id: string | null;
  subtype: string | null;
  geometry: { type: 'Polygon'; coordinates: Ring2D[] };
}

export type LayerValidation =
  { ok: true; villages: VillageArea[]; grids: GridArea[] } | { ok: false; issues: LayerIssue[] };

/** Metres a basic grid's vertex may stray outside its village (surveyed layers rarely share vertices exactly). */
export const CONTAINMENT_TOLERANCE_M = 2;

type Layer = LayerIssue['layer'];
type Props = Record<string, unknown>;

/** An id or name: text, or a whole number as GIS tools often write ids; trimmed, never empty. */
function text(value: unknown, max: number): string | null {
  const s = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof s !== 'string') return null;
  const trimmed = s.trim();
  return trimmed.length > 0 && trimmed.length <= max ? trimmed : null;
}

class Collector {
  readonly issues: LayerIssue[] = [];

  add(layer: Layer, feature: string | number, problems: Problem[]): void {
    for (const p of problems) this.issues.push({ layer, feature, ...p });
  }

  one(
    layer: Layer,
    feature: string | number,
    path: string,
    code: Problem['code'],
    message: string,
    params = {},
  ): void {
    this.issues.push({ layer, feature, path, code, message, params });
  }
}

/** The features array of a FeatureCollection, or null after recording why it is not one. */
function featuresOf(raw: unknown, layer: Layer, c: Collector): unknown[] | null {
  const fc = raw as { type?: unknown; features?: unknown } | null;
  if (
    typeof fc !== 'object' ||
    fc === null ||
    fc.type !== 'FeatureCollection' ||
    !Array.isArray(fc.features)
  ) {
    c.one(layer, '(layer)', '', 'not_collection', 'the file must be a GeoJSON FeatureCollection');
    return null;
  }
  if (fc.features.length === 0) {
    c.one(layer, '(layer)', 'features', 'empty_layer', 'the layer has no features');
    return null;
  }
  if (fc.features.length > MAX_LAYER_FEATURES) {
    c.one(layer, '(layer)', 'features', 'too_many_features', `at most ${MAX_LAYER_FEATURES} features`, {
      max: MAX_LAYER_FEATURES,
    });
    return null;
  }
  return fc.features;
}

function propsOf(raw: unknown): Props | null {
  const f = raw as { type?: unknown; properties?: unknown } | null;
  if (typeof f !== 'object' || f === null || f.type !== 'Feature') return null;
  const p = f.properties;
  return typeof p === 'object' && p !== null && !Array.isArray(p) ? (p as Props) : {};
}

function badProperty(path: string, property: string, expected: string): Problem {
  return {
    path,
    code: 'bad_property',
    message: `properties.${property} must be ${expected}`,
    params: { property, expected },
  };
}

function parseVillage(raw: unknown, i: number, c: Collector): VillageArea | null {
  const path = `features[${i}]`;
  const props = propsOf(raw);
  if (!props) {
    c.one('villages', i, path, 'not_feature', 'each entry of features must be a GeoJSON Feature');
    return null;
  }
  const id = text(props.id, 64);
  const feature = id ?? i;
  const problems: Problem[] = [];
  const name = text(props.name, 60);
  if (!id) problems.push(badProperty(`${path}.properties.id`, 'id', 'a non-empty id'));
  if (!name) problems.push(badProperty(`${path}.properties.name`, 'name', 'a non-empty name'));
  const geometry = checkAreaGeometry(
    (raw as { geometry?: unknown }).geometry,
    `${path}.geometry`,
    true,
    problems,
  );
  c.add('villages', feature, problems);
  if (!id || !name || !geometry || problems.length > 0) return null;
  return { id, name, kind: text(props.kind, 20), geometry };
}

function parseGrid(raw: unknown, i: number, c: Collector): GridArea | null {
  const path = `features[${i}]`;
  const props = propsOf(raw);
  if (!props) {
    c.one('grids', i, path, 'not_feature', 'each entry of features must be a GeoJSON Feature');
    return null;
  }
  const gridId = text(props.grid_id, 64);
  const problems: Problem[] = [];
  if (!gridId) problems.push(badProperty(`${path}.properties.grid_id`, 'grid_id', 'a non-empty id'));
  const name = text(props.name, 60);
  if (!name) problems.push(badProperty(`${path}.properties.name`, 'name', 'a non-empty name'));
  const type = props.type === 'basic' || props.type === 'specialised' ? props.type : null;
  if (!type) problems.push(badProperty(`${path}.properties.type`, 'type', '"basic" or "specialised"'));
  const villageId = type === 'basic' ? text(props.village_id, 64) : null;
  if (type === 'basic' && !villageId)
    problems.push(
      badProperty(`${path}.properties.village_id`, 'village_id', 'the id of its village (basic grid)'),
    );
  const subtype = props.subtype === undefined || props.subtype === null ? null : text(props.subtype, 40);
  if (props.subtype !== undefined && props.subtype !== null && subtype === null)
    problems.push(badProperty(`${path}.properties.subtype`, 'subtype', 'text when present'));
  const geometry = checkAreaGeometry(
    (raw as { geometry?: unknown }).geometry,
    `${path}.geometry`,
    false,
    problems,
  );
  c.add('grids', gridId ?? i, problems);
  if (!gridId || !name || !type || geometry?.type !== 'Polygon' || problems.length > 0) return null;
  return {
    grid_id: gridId,
    type,
    name,
    village_id: villageId,
    subtype: type === 'basic' ? null : subtype,
    geometry,
  };
}

function flagDuplicates(layer: Layer, ids: Array<string | undefined>, key: string, c: Collector): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
    if (seen.has(id))
      c.one(layer, id, `features[${i}].properties.${key}`, 'duplicate_id', `the id ${id} is used twice`, {
        id,
      });
    seen.add(id);
  });
}

/** Every basic grid names a village of the layer and lies inside that village's area. */
function checkGridsInVillages(
  grids: Array<GridArea | null>,
  villages: Array<VillageArea | null>,
  villageIds: ReadonlySet<string>,
  toleranceMetres: number,
  c: Collector,
): void {
  // A duplicated village id is reported already; which of its areas a grid belongs in is anyone's guess.
  const areas = new Map<string, VillageArea | null>();
  for (const v of villages) if (v) areas.set(v.id, areas.has(v.id) ? null : v);
  grids.forEach((g, i) => {
    if (!g || g.type !== 'basic' || g.village_id === null) return;
    if (!villageIds.has(g.village_id)) {
      c.one(
        'grids',
        g.grid_id,
        `features[${i}].properties.village_id`,
        'unknown_village',
        `no village ${g.village_id} in the village layer`,
        { village: g.village_id },
      );
      return;
    }
    const area = areas.get(g.village_id);
    const outside = area
      ? verticesOutside(g.geometry.coordinates[0] ?? [], area.geometry, toleranceMetres)
      : null;
    if (!outside) return;
    const metres = Math.round(outside.worst.metres * 10) / 10;
    c.one(
      'grids',
      g.grid_id,
      `features[${i}].geometry.coordinates[0][${outside.worst.index}]`,
      'outside_village',
      `${outside.count} vertices lie outside village ${g.village_id}, the farthest by ${metres} m`,
      { village: g.village_id, count: outside.count, metres },
    );
  });
}

/**
 * Checks a town's village and grid layers before they replace the schematic ones: the file shapes,
 * every position and ring (closed, ≥ 4 positions, not crossing itself), unique ids, and that every
 * basic grid names a village of the village layer and lies inside its area. Pure: no I/O.
 */
export function validateLayers(
  input: { villages: unknown; grids: unknown },
  toleranceMetres = CONTAINMENT_TOLERANCE_M,
): LayerValidation {
  const c = new Collector();
  const rawVillages = featuresOf(input.villages, 'villages', c);
  const rawGrids = featuresOf(input.grids, 'grids', c);
  const villages = (rawVillages ?? []).map((f, i) => parseVillage(f, i, c));
  const grids = (rawGrids ?? []).map((f, i) => parseGrid(f, i, c));
  const idOf = (f: unknown, key: string): string | undefined =>
    text((propsOf(f) ?? {})[key], 64) ?? undefined;
  const villageIds = (rawVillages ?? []).map((f) => idOf(f, 'id'));
  flagDuplicates('villages', villageIds, 'id', c);
  flagDuplicates(
    'grids',
    (rawGrids ?? []).map((f) => idOf(f, 'grid_id')),
    'grid_id',
    c,
  );
  // Without a usable village layer every village would be "unknown": its own issue says enough.
  if (rawVillages) {
    const known = new Set(villageIds.filter((id) => id !== undefined));
    checkGridsInVillages(grids, villages, known, toleranceMetres, c);
  }

  if (c.issues.length > 0) return { ok: false, issues: c.issues };
  return { ok: true, villages: villages as VillageArea[], grids: grids as GridArea[] };
}
