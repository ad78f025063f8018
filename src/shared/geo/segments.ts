/** A [lng, lat] position; only the first two numbers of a GeoJSON position count here. */
export type Point = readonly [number, number];

/** Twice the signed area of the triangle a-b-c: > 0 left turn, < 0 right turn, 0 collinear. */
export function orient(a: Point, b: Point, c: Point): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** c lies within the bounding box of a-b (used once a, b, c are known to be collinear). */
function within(a: Point, b: Point, c: Point): boolean {
  return (
    Math.min(a[0], b[0]) <= c[0] &&
    c[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= c[1] &&
    c[1] <= Math.max(a[1], b[1])
  );
}

/** Closed segments p1-p2 and p3-p4 share at least one point (crossing, touching or overlapping). */
export function segmentsIntersect(p1: Point, p2: Point, p3: Point, p4: Point): boolean {
  const d1 = orient(p3, p4, p1);
  const d2 = orient(p3, p4, p2);
  const d3 = orient(p1, p2, p3);
  const d4 = orient(p1, p2, p4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (
    (d1 === 0 && within(p3, p4, p1)) ||
    (d2 === 0 && within(p3, p4, p2)) ||
    (d3 === 0 && within(p1, p2, p3)) ||
    (d4 === 0 && within(p1, p2, p4))
  );
}

/**
 * The first pair of edges of a closed ring that meet anywhere but at the vertex they share, as edge
 * indexes (edge i runs from position i to i + 1), or null for a simple ring. Consecutive duplicate
 * positions must have been removed. A sweep over x keeps it well below O(n²) for real boundaries.
 */
export function findSelfIntersection(ring: ReadonlyArray<Point>): [number, number] | null {
  const edges = ring.length - 1;
  if (edges < 3) return null;
  const minX = (i: number): number => Math.min(ring[i]![0], ring[i + 1]![0]);
  const maxX = (i: number): number => Math.max(ring[i]![0], ring[i + 1]![0]);
  const order = Array.from({ length: edges }, (_, i) => i).sort((a, b) => minX(a) - minX(b));
  let active: number[] = [];
  for (const i of order) {
    const left = minX(i);
    active = active.filter((j) => maxX(j) >= left);
    for (const j of active) {
      const [a, b] = i < j ? [i, j] : [j, i];
      if (edgesMeet(ring, a, b, edges)) return [a, b];
    }
    active.push(i);
  }
  return null;
}

function edgesMeet(ring: ReadonlyArray<Point>, a: number, b: number, edges: number): boolean {
  const p1 = ring[a]!;
  const p2 = ring[a + 1]!;
  const p3 = ring[b]!;
  const p4 = ring[b + 1]!;
  // Neighbours share a vertex; they are wrong only when the second one doubles back over the first.
  if (b === a + 1) return doublesBack(p1, p2, p4);
  if (a === 0 && b === edges - 1) return doublesBack(p3, p4, p2);
  return segmentsIntersect(p1, p2, p3, p4);
}

/** u → v → w turns back on itself along the same line (a spike). */
function doublesBack(u: Point, v: Point, w: Point): boolean {
  if (orient(u, v, w) !== 0) return false;
  return (v[0] - u[0]) * (w[0] - v[0]) + (v[1] - u[1]) * (w[1] - v[1]) < 0;
}

/** Metres per degree near a latitude (equirectangular; plenty for distances of a few metres). */
function metresPerDegree(lat: number): { x: number; y: number } {
  return { x: 111_320 * Math.cos((lat * Math.PI) / 180), y: 110_540 };
}

/** Distance in metres from point p to segment a-b. */
export function distanceToSegmentMetres(p: Point, a: Point, b: Point): number {
  const k = metresPerDegree(p[1]);
  const ax = (a[0] - p[0]) * k.x;
  const ay = (a[1] - p[1]) * k.y;
  const bx = (b[0] - p[0]) * k.x;
  const by = (b[1] - p[1]) * k.y;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Area in km² of a ring (shoelace on a local equirectangular projection; fine at town scale). */
export function ringAreaKm2(ring: ReadonlyArray<Point>): number {
  if (ring.length < 4) return 0;
  const [x0, y0] = ring[0]!;
  const k = metresPerDegree(ring.reduce((s, p) => s + p[1], 0) / ring.length);
  // Relative to the first vertex, so the products stay small and keep their precision.
  const at = (i: number): [number, number] => [(ring[i]![0] - x0) * k.x, (ring[i]![1] - y0) * k.y];
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = at(i);
    const [x2, y2] = at(i + 1);
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2 / 1e6;
}
