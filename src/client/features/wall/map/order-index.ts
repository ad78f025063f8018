import Supercluster from 'supercluster';
import type { WallMarker } from '../../../../shared/schemas/wall';
import type { Priority } from '../../../../shared/schemas/work-order';
import type { LatLngPair } from '../../../components/map/map-projection';

export interface OrderPoint {
  id: string;
  priority: Priority | null;
  overdue: boolean;
}
/** What a cluster knows of its orders: how many are overdue and the most urgent priority (1–4, 5 none). */
export interface OrderClusterProps {
  overdue: number;
  top: number;
}
export type OrderIndex = Supercluster<OrderPoint, OrderClusterProps>;

export interface ClusterView {
  kind: 'cluster';
  clusterId: number;
  lat: number;
  lng: number;
  count: number;
  overdue: number;
  top: number;
}
export interface SingleView extends OrderPoint {
  kind: 'single';
  lat: number;
  lng: number;
}

/** Leaflet's zoom is fractional; supercluster's levels stop here, past it every order stands alone. */
export const CLUSTER_MAX_ZOOM = 17;

/**
 * A bubble pulses when at least this share of its orders is overdue. Nearly every bubble holds
 * some overdue order; if all of them pulsed the wall would flicker everywhere and point nowhere
 * (and an 8K compositor would animate a hundred rings). Every bubble with overdue orders still
 * shows a red ring and their count.
 */
export const HOT_SHARE = 0.25;
export const isHotCluster = (view: Pick<ClusterView, 'count' | 'overdue'>): boolean =>
  view.overdue > 0 && view.overdue / view.count >= HOT_SHARE;

const rank = (priority: Priority | null): number => (priority ? Number(priority.slice(1)) : 5);

/** The fields that change what the map draws; a title or status edit must not rebuild the index. */
export function markerSignature(marker: WallMarker): string {
  return `${marker.location.lat},${marker.location.lng},${marker.priority ?? '-'},${marker.overdue ? 1 : 0}`;
}

/**
 * Compares the markers against the signatures the index was built from. Returns the new
 * signatures, or null when nothing the map shows has changed (an echo, a status change).
 */
export function diffSignatures(
  previous: ReadonlyMap<string, string>,
  markers: readonly WallMarker[],
): Map<string, string> | null {
  const next = new Map<string, string>();
  let changed = markers.length !== previous.size;
  for (const marker of markers) {
    const signature = markerSignature(marker);
    next.set(marker.id, signature);
    if (!changed && previous.get(marker.id) !== signature) changed = true;
  }
  return changed ? next : null;
}

/**
 * `radiusPx` is in screen px (extent 256 = Leaflet's tile size), so the wall passes 40 × scale and
 * clusters keep the same look on 1280 and 7680 px wide screens.
 */
export function buildOrderIndex(
  markers: readonly WallMarker[],
  toMap: (lat: number, lng: number) => LatLngPair,
  radiusPx: number,
): OrderIndex {
  const index: OrderIndex = new Supercluster<OrderPoint, OrderClusterProps>({
    radius: radiusPx,
    extent: 256,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (point) => ({ overdue: point.overdue ? 1 : 0, top: rank(point.priority) }),
    reduce: (acc, props) => {
      acc.overdue += props.overdue;
      acc.top = Math.min(acc.top, props.top);
    },
  });
  index.load(
    markers.map((marker) => {
      const [lat, lng] = toMap(marker.location.lat, marker.location.lng);
      return {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [lng, lat] },
        properties: { id: marker.id, priority: marker.priority, overdue: marker.overdue },
      };
    }),
  );
  return index;
}

/** Clusters and lone orders inside the box at a (fractional) Leaflet zoom. */
export function queryOrders(
  index: OrderIndex,
  box: { west: number; south: number; east: number; north: number },
  zoom: number,
): (ClusterView | SingleView)[] {
  const level = Math.max(0, Math.min(CLUSTER_MAX_ZOOM + 1, Math.floor(zoom)));
  return index.getClusters([box.west, box.south, box.east, box.north], level).map((feature) => {
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    const props = feature.properties;
    if ('cluster' in props && props.cluster) {
      return {
        kind: 'cluster',
        clusterId: props.cluster_id,
        lat,
        lng,
        count: props.point_count,
        overdue: props.overdue,
        top: props.top,
      };
    }
    const point = props as OrderPoint;
    return { kind: 'single', lat, lng, id: point.id, priority: point.priority, overdue: point.overdue };
  });
}
