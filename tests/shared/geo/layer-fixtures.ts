/** Small hand-made layers near 杨屯镇 (0.01° ≈ 1 km) for the validator and the import routes. */
export type Pos = [number, number];

export const X0 = 116.85;
export const Y0 = 34.88;

/** A closed axis-aligned rectangle ring, counter-clockwise, offsets in 0.01° from (X0, Y0). */
export function rect(x1: number, y1: number, x2: number, y2: number): Pos[] {
  const p = (x: number, y: number): Pos => [X0 + x / 100, Y0 + y / 100];
  return [p(x1, y1), p(x2, y1), p(x2, y2), p(x1, y2), p(x1, y1)];
}

export function feature(
  properties: Record<string, unknown> | null,
  geometry: unknown,
): Record<string, unknown> {
  return { type: 'Feature', properties, geometry };
}

export function collection(features: unknown[]): { type: 'FeatureCollection'; features: unknown[] } {
  return { type: 'FeatureCollection', features };
}

export const polygon = (...rings: Pos[][]): { type: 'Polygon'; coordinates: Pos[][] } => ({
  type: 'Polygon',
  coordinates: rings,
});

/** Two villages side by side: A is [0,2]×[0,2], B is [2,4]×[0,2]. */
export function villages(): ReturnType<typeof collection> {
  return collection([
    feature({ id: 'VA', name: '甲村', kind: '村' }, polygon(rect(0, 0, 2, 2))),
    feature({ id: 'VB', name: '乙社区' }, polygon(rect(2, 0, 4, 2))),
  ]);
}

/** Four basic grids tiling the two villages, and one specialised grid across both. */
export function grids(): ReturnType<typeof collection> {
  return collection([
    feature(
      { grid_id: 'G-A1', type: 'basic', name: '甲村第1网格', village_id: 'VA' },
      polygon(rect(0, 0, 1, 2)),
    ),
    feature(
      { grid_id: 'G-A2', type: 'basic', name: '甲村第2网格', village_id: 'VA' },
      polygon(rect(1, 0, 2, 2)),
    ),
    feature(
      { grid_id: 'G-B1', type: 'basic', name: '乙社区第1网格', village_id: 'VB' },
      polygon(rect(2, 0, 3, 2)),
    ),
    feature(
      { grid_id: 'G-B2', type: 'basic', name: '乙社区第2网格', village_id: 'VB' },
      polygon(rect(3, 0, 4, 2)),
    ),
    feature(
      { grid_id: 'G-ZS', type: 'specialised', name: '集市专业网格', subtype: 'market' },
      polygon(rect(1.5, 0.5, 2.5, 1.5)),
    ),
  ]);
}
