import { circleMarker } from 'leaflet';
import type { CircleMarker, CircleMarkerOptions, Path } from 'leaflet';
import type { CanvasStack } from './canvas-stack';

/** One point to draw: `styleKey` names `style`, so an unchanged point costs one string compare. */
export interface PointSpec {
  id: string;
  lat: number;
  lng: number;
  rank: number;
  styleKey: string;
  style: CircleMarkerOptions & { radius: number };
}

interface Entry {
  marker: CircleMarker;
  lat: number;
  lng: number;
  rank: number;
  styleKey: string;
}

/**
 * Keyed canvas circle markers: `sync` diffs the wanted points against the drawn ones and turns the
 * difference into setLatLng / setStyle / add / remove, so a socket event that moves one staff
 * member touches one marker, not 350.
 */
export interface PointLayer {
  sync(points: Iterable<PointSpec>): void;
  clear(): void;
  count(): number;
}

export function createPointLayer(stack: CanvasStack<Path>): PointLayer {
  const drawn = new Map<string, Entry>();

  return {
    sync(points) {
      const seen = new Set<string>();
      const added = new Map<number, CircleMarker[]>();
      const reranked = new Map<number, CircleMarker[]>();
      for (const point of points) {
        seen.add(point.id);
        const entry = drawn.get(point.id);
        if (!entry) {
          const marker = circleMarker([point.lat, point.lng], { ...point.style, interactive: false });
          drawn.set(point.id, { marker, ...point });
          push(added, point.rank, marker);
          continue;
        }
        if (entry.lat !== point.lat || entry.lng !== point.lng) {
          entry.marker.setLatLng([point.lat, point.lng]);
          entry.lat = point.lat;
          entry.lng = point.lng;
        }
        if (entry.styleKey !== point.styleKey) {
          entry.marker.setStyle(point.style);
          entry.marker.setRadius(point.style.radius);
          entry.styleKey = point.styleKey;
        }
        if (entry.rank !== point.rank) {
          push(reranked, point.rank, entry.marker);
          entry.rank = point.rank;
        }
      }
      const gone: CircleMarker[] = [];
      for (const [id, entry] of drawn) {
        if (seen.has(id)) continue;
        gone.push(entry.marker);
        drawn.delete(id);
      }
      stack.remove(gone);
      for (const [rank, markers] of added) stack.add(rank, markers);
      for (const [rank, markers] of reranked) stack.add(rank, markers);
    },
    clear() {
      stack.remove([...drawn.values()].map((entry) => entry.marker));
      drawn.clear();
    },
    count: () => drawn.size,
  };
}

function push<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}
