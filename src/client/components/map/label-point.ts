/**
 * Where to put a polygon's label: the pole of inaccessibility (the inside point farthest from the
 * outline), after mapbox/polylabel. A centroid can fall outside a concave grid or right on a thin
 * arm; a label there would sit over the neighbour and a click on it would open the wrong grid.
 */

/** [lng, lat] as GeoJSON stores them. */
export type Position = readonly [number, number, ...number[]];
export type PolygonRings = ReadonlyArray<ReadonlyArray<Position>>;

const MAX_CELLS = 50_000;

interface Cell {
  x: number;
  y: number;
  half: number;
  /** Signed distance from the centre to the outline (negative outside). */
  d: number;
  /** Best distance any point of the cell could reach. */
  max: number;
}

/**
 * Degrees of longitude are shorter than degrees of latitude away from the equator, so the search
 * runs in a locally equal-area plane (x scaled by cos(lat)) and the answer is mapped back.
 * `precision` is in degrees of latitude (1e-5 ≈ 1 m). `avoid` are polygons drawn on top of this
 * one (specialised grids over a basic grid): a label under them would open them when clicked, so
 * their area counts as outside, unless they cover the whole polygon.
 */
export function labelPoint(
  rings: PolygonRings,
  precision = 1e-5,
  avoid: readonly PolygonRings[] = [],
): Position | null {
  const outer = rings[0];
  if (!outer || outer.length === 0) return null;
  const { minY: minLat, maxY: maxLat } = extent(outer);
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const toPlane = (ring: ReadonlyArray<Position>): Position[] =>
    ring.map(([lng, lat]): Position => [lng * k, lat]);
  const plane = rings.map(toPlane);
  // Only overlays that reach this polygon's box matter; each one costs its edges on every cell.
  const box = extent(outer);
  const covers = avoid.flatMap((polygon) => {
    const ring = polygon[0];
    if (!ring || ring.length === 0) return [];
    const other = extent(ring);
    const apart =
      other.minX > box.maxX || other.maxX < box.minX || other.minY > box.maxY || other.maxY < box.minY;
    return apart ? [] : [toPlane(ring)];
  });
  let best = poleOfInaccessibility([...plane, ...covers], precision);
  if (covers.length > 0 && best.distance <= 0) best = poleOfInaccessibility(plane, precision);
  return [best.point[0] / k, best.point[1]];
}

/**
 * The inside point farthest from every edge, and that distance. Ring 0 is the outline; every other
 * ring is area taken out of it (a hole, or something drawn on top).
 */
function extent(ring: ReadonlyArray<Position>): { minX: number; minY: number; maxX: number; maxY: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}

export function poleOfInaccessibility(
  rings: PolygonRings,
  precision: number,
): { point: Position; distance: number } {
  const outer = rings[0] ?? [];
  const { minX, minY, maxX, maxY } = extent(outer);
  const width = maxX - minX;
  const height = maxY - minY;
  const size = Math.min(width, height);
  const first = outer[0];
  if (size === 0 || !first) return { point: first ?? [minX, minY], distance: 0 };

  const cell = (cx: number, cy: number, half: number): Cell => {
    const d = signedDistance(cx, cy, rings);
    return { x: cx, y: cy, half, d, max: d + half * Math.SQRT2 };
  };
  const queue = new MaxQueue();
  const half = size / 2;
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + half, y + half, half));
  }
  // Seed with the area centroid and the bbox centre: usually good, and a fine answer for a convex grid.
  let best = centroidCell(rings, cell);
  const centre = cell(minX + width / 2, minY + height / 2, 0);
  if (centre.d > best.d) best = centre;

  // Where nothing is inside (an area fully covered by `avoid`), cells along every edge keep
  // splitting down to `precision`; the budget bounds that case, and any sane one ends far sooner.
  let budget = MAX_CELLS;
  for (let current = queue.pop(); current && budget > 0; current = queue.pop()) {
    if (current.d > best.d) best = current;
    if (current.max - best.d <= precision) continue;
    budget -= 4;
    const h = current.half / 2;
    queue.push(cell(current.x - h, current.y - h, h));
    queue.push(cell(current.x + h, current.y - h, h));
    queue.push(cell(current.x - h, current.y + h, h));
    queue.push(cell(current.x + h, current.y + h, h));
  }
  return { point: [best.x, best.y], distance: best.d };
}

function centroidCell(rings: PolygonRings, cell: (x: number, y: number, half: number) => Cell): Cell {
  const ring = rings[0] ?? [];
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[j]!;
    const f = ax * by - bx * ay;
    x += (ax + bx) * f;
    y += (ay + by) * f;
    area += f * 3;
  }
  const [fx, fy] = ring[0] ?? [0, 0];
  return area === 0 ? cell(fx, fy, 0) : cell(x / area, y / area, 0);
}

/** Distance to the nearest edge, negative outside: inside ring 0 and inside none of the others. */
function signedDistance(px: number, py: number, rings: PolygonRings): number {
  let inside = false;
  let minSq = Infinity;
  rings.forEach((ring, r) => {
    let inRing = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[j]!;
      if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inRing = !inRing;
      minSq = Math.min(minSq, segmentDistanceSq(px, py, ax, ay, bx, by));
    }
    if (r === 0) inside = inRing;
    else if (inRing) inside = false;
  });
  return minSq === Infinity ? 0 : (inside ? 1 : -1) * Math.sqrt(minSq);
}

function segmentDistanceSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  let x = ax;
  let y = ay;
  const dx = bx - ax;
  const dy = by - ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  return (px - x) ** 2 + (py - y) ** 2;
}

/** A small binary heap on `max`: the cell that could still hold the best answer comes first. */
class MaxQueue {
  private readonly items: Cell[] = [];

  push(item: Cell): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]!.max >= item.max) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = item;
  }

  pop(): Cell | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (!top || !last || items.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let next = i;
      let value = last.max;
      if (left < items.length && items[left]!.max > value) {
        next = left;
        value = items[left]!.max;
      }
      if (right < items.length && items[right]!.max > value) next = right;
      if (next === i) break;
      items[i] = items[next]!;
      i = next;
    }
    items[i] = last;
    return top;
  }
}
