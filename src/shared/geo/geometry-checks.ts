import type { LayerIssueCode } from './layer-import';
import { findSelfIntersection, type Point } from './segments';

export type Params = Record<string, string | number>;

/** A problem inside one feature; validateLayers adds which layer and feature. */
export interface Problem {
  path: string;
  code: LayerIssueCode;
  message: string;
  params: Params;
}

export type Ring2D = Array<[number, number]>;
export type PolygonCoords = Ring2D[];
export type AreaGeometry2D =
  { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

const problem = (path: string, code: LayerIssueCode, message: string, params: Params = {}): Problem => ({
  path,
  code,
  message,
  params,
});

function checkPosition(raw: unknown, path: string): Problem | [number, number] {
  if (
    !Array.isArray(raw) ||
    raw.length < 2 ||
    raw.some((n) => typeof n !== 'number') ||
    !Number.isFinite(raw[0]) ||
    !Number.isFinite(raw[1])
  ) {
    return problem(path, 'bad_position', 'a position must be [longitude, latitude] with finite numbers');
  }
  const [lng, lat] = raw as [number, number];
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
    return problem(
      path,
      'out_of_range',
      `[${lng}, ${lat}] is not a longitude in ±180 and a latitude in ±90`,
      {
        lng,
        lat,
      },
    );
  }
  return [lng, lat];
}

/**
 * One linear ring: valid positions, at least four, closed (first == last), at least three distinct
 * positions, and no two edges meeting except neighbours at their shared vertex. Returns the ring as
 * [lng, lat] pairs, or null after pushing what is wrong (only the first bad position of a ring).
 */
export function checkRing(raw: unknown, path: string, out: Problem[]): Ring2D | null {
  if (!Array.isArray(raw)) {
    out.push(problem(path, 'bad_coordinates', 'a ring must be an array of positions'));
    return null;
  }
  const ring: Ring2D = [];
  for (let i = 0; i < raw.length; i++) {
    const checked = checkPosition(raw[i], `${path}[${i}]`);
    if (!Array.isArray(checked)) {
      out.push(checked);
      return null;
    }
    ring.push(checked);
  }
  if (ring.length < 4) {
    out.push(
      problem(path, 'ring_too_short', `a ring needs at least 4 positions, it has ${ring.length}`, {
        count: ring.length,
      }),
    );
    return null;
  }
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    out.push(
      problem(path, 'ring_not_closed', 'the ring is not closed: its last position must repeat its first'),
    );
    return null;
  }
  // Repeated consecutive positions are harmless; drop them but remember where each vertex came from.
  const kept: Point[] = [];
  const from: number[] = [];
  ring.forEach((p, i) => {
    const prev = kept[kept.length - 1];
    if (prev && prev[0] === p[0] && prev[1] === p[1]) return;
    kept.push(p);
    from.push(i);
  });
  if (new Set(kept.map(([x, y]) => `${x},${y}`)).size < 3) {
    out.push(problem(path, 'ring_degenerate', 'the ring has fewer than 3 distinct positions'));
    return null;
  }
  const crossing = findSelfIntersection(kept);
  if (crossing) {
    const [a, b] = crossing.map((edge) => from[edge]!) as [number, number];
    out.push(
      problem(
        path,
        'self_intersection',
        `the ring crosses itself: its edges from position ${a} and from ${b} meet`,
        {
          a,
          b,
        },
      ),
    );
    return null;
  }
  return ring;
}

function checkPolygonCoords(raw: unknown, path: string, out: Problem[]): PolygonCoords | null {
  if (!Array.isArray(raw) || raw.length === 0) {
    out.push(problem(path, 'bad_coordinates', 'a polygon needs at least one ring'));
    return null;
  }
  const rings = raw.map((r, i) => checkRing(r, `${path}[${i}]`, out));
  return rings.every((r) => r !== null) ? (rings as PolygonCoords) : null;
}

/** A Polygon (or, where allowed, a MultiPolygon) with every ring checked; null after pushing problems. */
export function checkAreaGeometry(
  raw: unknown,
  path: string,
  allowMulti: boolean,
  out: Problem[],
): AreaGeometry2D | null {
  const expected = allowMulti ? 'Polygon or MultiPolygon' : 'Polygon';
  const geometry = raw as { type?: unknown; coordinates?: unknown } | null;
  const type = typeof geometry === 'object' && geometry !== null ? geometry.type : undefined;
  if (type === 'Polygon') {
    const coordinates = checkPolygonCoords(geometry!.coordinates, `${path}.coordinates`, out);
    return coordinates ? { type, coordinates } : null;
  }
  if (type === 'MultiPolygon' && allowMulti) {
    const raws = geometry!.coordinates;
    if (!Array.isArray(raws) || raws.length === 0) {
      out.push(
        problem(`${path}.coordinates`, 'bad_coordinates', 'a MultiPolygon needs at least one polygon'),
      );
      return null;
    }
    const polygons = raws.map((p, i) => checkPolygonCoords(p, `${path}.coordinates[${i}]`, out));
    return polygons.every((p) => p !== null) ? { type, coordinates: polygons as PolygonCoords[] } : null;
  }
  out.push(problem(path, 'bad_geometry', `the geometry must be a ${expected}`, { expected }));
  return null;
}
