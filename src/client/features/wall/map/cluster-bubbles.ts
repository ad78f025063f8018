import { divIcon, marker } from 'leaflet';
import type { DivIcon, Map as LeafletMap, Marker, Point } from 'leaflet';
import { nudgeClear } from '../../../components/map/label-layout';
import type { LatLngPair } from '../../../components/map/map-projection';
import { isHotCluster } from './order-index';
import type { ClusterView } from './order-index';

/** Half the largest bubble plus its ring, in design px: closer than this, a bubble covers a label. */
const BUBBLE_REACH = 28;

interface Bubble {
  marker: Marker;
  key: string;
  view: ClusterView;
}

export interface ClusterBubblesOptions {
  clusterTitle: (count: number, overdue: number) => string;
  /** Zooms the map into a cluster (the index knows to which level). */
  onOpen: (view: ClusterView) => void;
}

/**
 * The DOM count bubbles of the order clusters: one marker per cluster id, kept across re-queries;
 * icons cached by what they show. Bubbles keep off the grid labels where they can.
 */
export class ClusterBubbles {
  private readonly bubbles = new Map<number, Bubble>();
  private readonly icons = new Map<string, DivIcon>();

  constructor(
    private readonly map: LeafletMap,
    private readonly options: ClusterBubblesOptions,
  ) {}

  /** Shows exactly `views`; `labels` are the grid label points in layer px. */
  sync(views: readonly ClusterView[], labels: readonly Point[], scale: number): void {
    const seen = new Set<number>();
    for (const view of views) {
      seen.add(view.clusterId);
      const { at, underLabel } = this.place(view, labels, scale);
      this.upsert(view, at, underLabel);
    }
    for (const [id, bubble] of this.bubbles) {
      if (seen.has(id)) continue;
      bubble.marker.remove();
      this.bubbles.delete(id);
    }
  }

  clear(): void {
    for (const bubble of this.bubbles.values()) bubble.marker.remove();
    this.bubbles.clear();
  }

  /**
   * A bubble on a grid label moves just below or above it, so the label stays readable and a
   * click on it reaches the grid. Where labels are too dense for that, the bubble stays and lets
   * clicks through instead (`underLabel`); the labels pane is above the bubbles either way.
   */
  private place(
    view: ClusterView,
    labels: readonly Point[],
    scale: number,
  ): { at: LatLngPair; underLabel: boolean } {
    const at = this.map.latLngToLayerPoint([view.lat, view.lng]);
    const nudged = nudgeClear(at, labels, { halfWidth: 40 * scale, halfHeight: 52 * scale });
    if (nudged) {
      const moved = this.map.layerPointToLatLng([nudged.x, nudged.y]);
      return { at: [moved.lat, moved.lng], underLabel: false };
    }
    const reach = BUBBLE_REACH * scale;
    const underLabel = labels.some(
      (label) => Math.abs(label.x - at.x) < reach && Math.abs(label.y - at.y) < reach,
    );
    return { at: [view.lat, view.lng], underLabel };
  }

  private upsert(view: ClusterView, [lat, lng]: LatLngPair, underLabel: boolean): void {
    const key = `${view.count}|${view.overdue}`;
    let bubble = this.bubbles.get(view.clusterId);
    if (bubble) {
      // Ids are per index build: after a rebuild the same id may name another cluster elsewhere.
      const shown = bubble.marker.getLatLng();
      if (shown.lat !== lat || shown.lng !== lng) bubble.marker.setLatLng([lat, lng]);
      bubble.view = view;
      if (bubble.key !== key) {
        bubble.marker.options.title = this.options.clusterTitle(view.count, view.overdue);
        bubble.marker.setIcon(this.icon(view));
        bubble.key = key;
      }
    } else {
      const created: Bubble = {
        marker: marker([lat, lng], {
          icon: this.icon(view),
          title: this.options.clusterTitle(view.count, view.overdue),
          keyboard: false,
          bubblingMouseEvents: false,
        }),
        key,
        view,
      };
      created.marker.on('click', () => this.options.onOpen(created.view));
      created.marker.addTo(this.map);
      this.bubbles.set(view.clusterId, created);
      bubble = created;
    }
    bubble.marker.getElement()?.classList.toggle('wall-map-cluster--under-label', underLabel);
  }

  private icon(view: ClusterView): DivIcon {
    const key = `${view.count}|${view.overdue}`;
    let icon = this.icons.get(key);
    if (icon) return icon;
    // Counts are bounded by the number of orders, but a wall running for weeks must not grow a cache forever.
    if (this.icons.size > 2000) this.icons.clear();
    const size = view.count < 10 ? 's' : view.count < 100 ? 'm' : 'l';
    const overdue = view.overdue > 0 ? ' wall-map-cluster--overdue' : '';
    const hot = isHotCluster(view) ? ' wall-map-cluster--hot' : '';
    const badge = view.overdue > 0 ? `<span class="wall-map-cluster__overdue">${view.overdue}</span>` : '';
    icon = divIcon({
      className: `wall-map-cluster wall-map-cluster--${size}${overdue}${hot}`,
      iconSize: [0, 0],
      html: `<span class="wall-map-cluster__count">${view.count}</span>${badge}`,
    });
    this.icons.set(key, icon);
    return icon;
  }
}
