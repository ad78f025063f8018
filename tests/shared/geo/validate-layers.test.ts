import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateLayers, type LayerValidation } from '../../../src/shared/geo/validate-layers';
import type { LayerIssue } from '../../../src/shared/geo/layer-import';
import { collection, feature, grids, polygon, rect, villages, X0, Y0, type Pos } from './layer-fixtures';

const GEO = join(import.meta.dirname, '..', '..', '..', 'public', 'geo');
const bundled = (file: string): unknown => JSON.parse(readFileSync(join(GEO, file), 'utf8'));

function issuesOf(result: LayerValidation): LayerIssue[] {
  if (result.ok) throw new Error('expected the layers to be refused');
  return result.issues;
}

/** The village layer with its first feature's geometry replaced. */
function villagesWith(geometry: unknown, properties: Record<string, unknown> = { id: 'VA', name: '甲村' }) {
  const v = villages();
  v.features[0] = feature(properties, geometry);
  return v;
}

function gridsWith(index: number, f: unknown) {
  const g = grids();
  g.features[index] = f;
  return g;
}

describe('validateLayers: accepted layers', () => {
  it('accepts the bundled schematic villages and grids (21 villages, 51 grids)', () => {
    const result = validateLayers({
      villages: bundled('yangtun_village_cells_wgs84.geojson'),
      grids: bundled('yangtun_grids_wgs84.geojson'),
    });
    expect(result.ok && [result.villages.length, result.grids.length]).toEqual([21, 51]);
  });

  it('returns clean features: trimmed ids, 2-D positions, no village for specialised grids', () => {
    const g = grids();
    g.features[4] = feature(
      { grid_id: ' G-ZS ', type: 'specialised', name: '集市', village_id: 'VA', subtype: 'market' },
      { type: 'Polygon', coordinates: [rect(1.5, 0.5, 2.5, 1.5).map(([x, y]) => [x, y, 12])] },
    );
    const result = validateLayers({ villages: villages(), grids: g });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const zs = result.grids.find((x) => x.grid_id === 'G-ZS');
    expect(zs).toMatchObject({ type: 'specialised', village_id: null, subtype: 'market' });
    expect(zs?.geometry.coordinates[0]?.every((p) => p.length === 2)).toBe(true);
    expect(result.villages.map((v) => [v.id, v.kind])).toEqual([
      ['VA', '村'],
      ['VB', null],
    ]);
  });

  it('accepts whole-number ids, MultiPolygon villages and a grid edge exactly on the village boundary', () => {
    const v = villages();
    v.features[1] = feature(
      { id: 7, name: '乙社区' },
      { type: 'MultiPolygon', coordinates: [[rect(2, 0, 4, 2)], [rect(5, 5, 6, 6)]] },
    );
    const g = grids();
    for (const i of [2, 3])
      (g.features[i] as { properties: { village_id: unknown } }).properties.village_id = 7;
    expect(validateLayers({ villages: v, grids: g }).ok).toBe(true);
  });

  it('tolerates a vertex a metre outside its village but not one 50 m outside', () => {
    const nudge = (metres: number) =>
      gridsWith(
        0,
        feature(
          { grid_id: 'G-A1', type: 'basic', name: '甲村第1网格', village_id: 'VA' },
          polygon([
            [X0, Y0],
            [X0 + 0.01, Y0],
            [X0 + 0.01, Y0 + 0.02],
            [X0 - metres / 91_400, Y0 + 0.02],
            [X0, Y0],
          ]),
        ),
      );
    expect(validateLayers({ villages: villages(), grids: nudge(1) }).ok).toBe(true);
    const [issue] = issuesOf(validateLayers({ villages: villages(), grids: nudge(50) }));
    expect(issue).toMatchObject({
      layer: 'grids',
      feature: 'G-A1',
      code: 'outside_village',
      path: 'features[0].geometry.coordinates[0][3]',
      params: { village: 'VA', count: 1 },
    });
    expect(Number(issue?.params.metres)).toBeGreaterThan(45);
    expect(Number(issue?.params.metres)).toBeLessThan(55);
  });
});

describe('validateLayers: file and feature shapes', () => {
  it('refuses what is not a FeatureCollection, an empty one and an entry that is not a Feature', () => {
    const issues = issuesOf(
      validateLayers({ villages: { type: 'Feature' }, grids: collection([{ type: 'Point' }]) }),
    );
    expect(issues.map((i) => [i.layer, i.feature, i.code])).toEqual([
      ['villages', '(layer)', 'not_collection'],
      ['grids', 0, 'not_feature'],
    ]);
    expect(issuesOf(validateLayers({ villages: collection([]), grids: grids() }))[0]?.code).toBe(
      'empty_layer',
    );
  });

  it('names each missing or wrong property by its path, using the index when the id itself is missing', () => {
    const g = grids();
    g.features[0] = feature(
      { grid_id: 'G-A1', type: 'basic', name: '甲村第1网格' },
      polygon(rect(0, 0, 1, 2)),
    );
    g.features[1] = feature({ grid_id: 'G-A2', type: 'other', name: '' }, polygon(rect(1, 0, 2, 2)));
    g.features[2] = feature(null, polygon(rect(2, 0, 3, 2)));
    const v = villagesWith(polygon(rect(0, 0, 2, 2)), { name: '甲村' });
    const issues = issuesOf(validateLayers({ villages: v, grids: g }));
    const at = (layer: string, feature: string | number) =>
      issues.filter((i) => i.layer === layer && i.feature === feature).map((i) => i.path);
    expect(at('villages', 0)).toEqual(['features[0].properties.id']);
    expect(at('grids', 'G-A1')).toEqual(['features[0].properties.village_id']);
    expect(at('grids', 'G-A2')).toEqual(['features[1].properties.name', 'features[1].properties.type']);
    expect(at('grids', 2)).toEqual([
      'features[2].properties.grid_id',
      'features[2].properties.name',
      'features[2].properties.type',
    ]);
    expect(issues.every((i) => i.code === 'bad_property')).toBe(true);
  });

  it('wants Polygons for grids and Polygon or MultiPolygon for villages', () => {
    const multi = { type: 'MultiPolygon', coordinates: [[rect(0, 0, 1, 2)]] };
    const g = gridsWith(0, feature({ grid_id: 'G-A1', type: 'basic', name: 'x', village_id: 'VA' }, multi));
    const v = villagesWith({ type: 'Point', coordinates: [X0, Y0] });
    const issues = issuesOf(validateLayers({ villages: v, grids: g }));
    expect(issues.map((i) => [i.feature, i.code, i.params.expected])).toEqual([
      ['VA', 'bad_geometry', 'Polygon or MultiPolygon'],
      ['G-A1', 'bad_geometry', 'Polygon'],
    ]);
  });

  it('refuses coordinates that are not rings of positions', () => {
    for (const geometry of [
      { type: 'Polygon', coordinates: [] },
      { type: 'Polygon', coordinates: [7] },
      { type: 'MultiPolygon', coordinates: [] },
    ]) {
      const [issue] = issuesOf(validateLayers({ villages: villagesWith(geometry), grids: grids() }));
      expect(issue?.code, JSON.stringify(geometry)).toBe('bad_coordinates');
    }
  });

  it('finds duplicate ids in either layer', () => {
    const v = villages();
    v.features.push(feature({ id: 'VA', name: '重复' }, polygon(rect(5, 5, 6, 6))));
    const g = grids();
    g.features.push(
      feature({ grid_id: 'G-B2', type: 'specialised', name: '重复' }, polygon(rect(3, 0, 4, 1))),
    );
    const issues = issuesOf(validateLayers({ villages: v, grids: g }));
    expect(issues.map((i) => [i.layer, i.feature, i.code, i.path])).toEqual([
      ['villages', 'VA', 'duplicate_id', 'features[2].properties.id'],
      ['grids', 'G-B2', 'duplicate_id', 'features[5].properties.grid_id'],
    ]);
  });
});

describe('validateLayers: positions and rings', () => {
  const check = (ring: unknown[]): LayerIssue | undefined =>
    issuesOf(
      validateLayers({ villages: villagesWith({ type: 'Polygon', coordinates: [ring] }), grids: grids() }),
    )[0];
  const a: Pos = [X0, Y0];
  const b: Pos = [X0 + 0.02, Y0];
  const c: Pos = [X0 + 0.02, Y0 + 0.02];
  const d: Pos = [X0, Y0 + 0.02];

  it('refuses positions that are not finite lon/lat pairs', () => {
    expect(check([a, b, ['116', Y0], a])).toMatchObject({
      code: 'bad_position',
      path: 'features[0].geometry.coordinates[0][2]',
    });
    expect(check([a, b, [Infinity, Y0], a])?.code).toBe('bad_position');
    expect(check([a, [X0], c, a])?.code).toBe('bad_position');
    expect(check([a, b, [200, Y0], a])).toMatchObject({
      code: 'out_of_range',
      params: { lng: 200, lat: Y0 },
    });
    expect(check([a, b, [X0, -95], a])?.code).toBe('out_of_range');
  });

  it('wants at least four positions, closed, with three distinct', () => {
    expect(check([a, b, a])).toMatchObject({ code: 'ring_too_short', params: { count: 3 } });
    expect(check([a, b, c, d])?.code).toBe('ring_not_closed');
    expect(check([a, b, b, a])?.code).toBe('ring_degenerate');
  });

  it('ignores repeated consecutive positions', () => {
    expect(
      validateLayers({ villages: villagesWith(polygon([a, b, b, c, d, d, a])), grids: grids() }).ok,
    ).toBe(true);
  });

  it('finds a ring crossing itself (bow tie), touching itself at a vertex and doubling back', () => {
    expect(check([a, c, b, d, a])).toMatchObject({ code: 'self_intersection', params: { a: 0, b: 2 } });
    const m: Pos = [X0 + 0.01, Y0 + 0.01];
    const pinch = [a, b, m, c, d, m, a];
    expect(check(pinch)?.code).toBe('self_intersection');
    const spike = [a, b, [X0 + 0.03, Y0], b, c, d, a];
    expect(check(spike)?.code).toBe('self_intersection');
  });

  it('checks holes as rings too', () => {
    const bowTieHole: Pos[] = [
      [X0 + 0.005, Y0 + 0.005],
      [X0 + 0.015, Y0 + 0.015],
      [X0 + 0.015, Y0 + 0.005],
      [X0 + 0.005, Y0 + 0.015],
      [X0 + 0.005, Y0 + 0.005],
    ];
    const issues = issuesOf(
      validateLayers({ villages: villagesWith(polygon(rect(0, 0, 2, 2), bowTieHole)), grids: grids() }),
    );
    expect(issues[0]).toMatchObject({
      code: 'self_intersection',
      path: 'features[0].geometry.coordinates[1]',
    });
  });
});

describe('validateLayers: grids in villages', () => {
  it('refuses a basic grid naming a village the layer lacks', () => {
    const g = gridsWith(
      3,
      feature({ grid_id: 'G-B2', type: 'basic', name: 'x', village_id: 'VZ' }, polygon(rect(3, 0, 4, 2))),
    );
    expect(issuesOf(validateLayers({ villages: villages(), grids: g }))).toEqual([
      expect.objectContaining({ feature: 'G-B2', code: 'unknown_village', params: { village: 'VZ' } }),
    ]);
  });

  it('refuses a basic grid lying in the other village, but not a specialised grid spanning both', () => {
    const g = gridsWith(
      1,
      feature({ grid_id: 'G-A2', type: 'basic', name: 'x', village_id: 'VB' }, polygon(rect(1, 0, 2, 2))),
    );
    const issues = issuesOf(validateLayers({ villages: villages(), grids: g }));
    expect(issues.map((i) => [i.feature, i.code, i.params.count])).toEqual([['G-A2', 'outside_village', 2]]);
  });

  it('a grid whose own shape is broken is reported once, not again as outside its village', () => {
    const g = gridsWith(
      0,
      feature(
        { grid_id: 'G-A1', type: 'basic', name: 'x', village_id: 'VA' },
        polygon(rect(0, 0, 1, 2).slice(0, 4)),
      ),
    );
    expect(issuesOf(validateLayers({ villages: villages(), grids: g })).map((i) => i.code)).toEqual([
      'ring_not_closed',
    ]);
  });
});
