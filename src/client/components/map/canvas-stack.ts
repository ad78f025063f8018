/**
 * One shared canvas draws every vector layer (an 8K wall cannot afford a canvas per layer), and a
 * canvas paints in insertion order. Data arrives in any order (the outlines may come after the
 * markers), so each path is added with a rank and anything of a higher rank already on the map is
 * brought to the front again, which restores the intended stacking in O(layers above).
 */

/** The two things the stack needs from Leaflet: `L.Map` and `L.Path` satisfy these. */
export interface StackHost<L> {
  addLayer(layer: L): unknown;
  removeLayer(layer: L): unknown;
}
export interface StackedLayer {
  bringToFront(): unknown;
}

/** Conventional ranks; a layer may use any number in between. */
export const CANVAS_RANK = { context: 0, area: 10, grid: 20, point: 30, highlight: 40 } as const;

export interface CanvasStack<L extends StackedLayer> {
  /** Adds the layers (or moves them to a new rank) and keeps every higher rank above them. */
  add(rank: number, layers: Iterable<L>): void;
  remove(layers: Iterable<L>): void;
  size(): number;
}

export function createCanvasStack<L extends StackedLayer>(host: StackHost<L>): CanvasStack<L> {
  const rankOf = new Map<L, number>();
  const byRank = new Map<number, Set<L>>();

  function members(rank: number): Set<L> {
    let set = byRank.get(rank);
    if (!set) {
      set = new Set();
      byRank.set(rank, set);
    }
    return set;
  }

  function restackAbove(rank: number): void {
    const ranks = [...byRank.keys()].filter((r) => r > rank).sort((a, b) => a - b);
    for (const r of ranks) for (const layer of byRank.get(r) ?? []) layer.bringToFront();
  }

  return {
    add(rank, layers) {
      let lowest = Infinity;
      for (const layer of layers) {
        const previous = rankOf.get(layer);
        if (previous === rank) continue;
        if (previous === undefined) host.addLayer(layer);
        else {
          byRank.get(previous)?.delete(layer);
          layer.bringToFront();
        }
        rankOf.set(layer, rank);
        members(rank).add(layer);
        lowest = Math.min(lowest, rank);
      }
      if (lowest !== Infinity) restackAbove(lowest);
    },
    remove(layers) {
      for (const layer of layers) {
        const rank = rankOf.get(layer);
        if (rank === undefined) continue;
        rankOf.delete(layer);
        byRank.get(rank)?.delete(layer);
        host.removeLayer(layer);
      }
    },
    size: () => rankOf.size,
  };
}
