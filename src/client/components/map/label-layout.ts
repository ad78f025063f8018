/**
 * Permanent labels on a dense map overlap when zoomed out. Each label has a short form (always
 * shown) and a long one; the long form is kept only where it does not cover another label, taking
 * labels in priority order so the same ones win every time and nothing flickers between redraws.
 */

export interface LabelBox {
  id: string;
  /** Centre in screen pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher first. */
  priority: number;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const toRect = (box: LabelBox): Rect => ({
  left: box.x - box.width / 2,
  top: box.y - box.height / 2,
  right: box.x + box.width / 2,
  bottom: box.y + box.height / 2,
});

const overlaps = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Ids of the labels that may show their long form; `compact` boxes are the ones always drawn. */
export function placeLabels(full: readonly LabelBox[], compact: readonly LabelBox[] = []): Set<string> {
  const taken: Rect[] = [];
  const compactById = new Map(compact.map((box) => [box.id, toRect(box)]));
  const shown = new Set<string>();
  const ordered = [...full].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const box of ordered) {
    const rect = toRect(box);
    const hitsTaken = taken.some((other) => overlaps(rect, other));
    // A long label may not cover another label's short form either (its own is inside it).
    const hitsCompact = [...compactById].some(([id, other]) => id !== box.id && overlaps(rect, other));
    if (hitsTaken || hitsCompact) continue;
    taken.push(rect);
    shown.add(box.id);
  }
  return shown;
}

/** Rough advance width: CJK glyphs are square (1 em), Latin and digits about 0.6 em. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const char of text) em += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return em * fontPx;
}

export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * Moves a marker that would sit on a label to just below or just above it (labels ignore the
 * pointer, so a bubble over one would both hide it and swallow the click meant for the area
 * underneath). It moves one step at most: where labels are packed too tight for that, the marker
 * stays where its orders are rather than wander off. `clear` is the half-size of the box around
 * each label point that must stay free. Returns null when the marker stays put.
 */
export function nudgeClear(
  point: ScreenPoint,
  labels: readonly ScreenPoint[],
  clear: { halfWidth: number; halfHeight: number },
): ScreenPoint | null {
  const isClear = (at: ScreenPoint): boolean =>
    !labels.some(
      (label) => Math.abs(at.x - label.x) < clear.halfWidth && Math.abs(at.y - label.y) < clear.halfHeight,
    );
  if (isClear(point)) return null;
  const covered = labels.filter(
    (label) =>
      Math.abs(point.x - label.x) < clear.halfWidth && Math.abs(point.y - label.y) < clear.halfHeight,
  );
  for (const label of covered) {
    const below = { x: point.x, y: label.y + clear.halfHeight };
    if (isClear(below)) return below;
    const above = { x: point.x, y: label.y - clear.halfHeight };
    if (isClear(above)) return above;
  }
  return null;
}
