import { divIcon, marker } from 'leaflet';
import type { Map as LeafletMap, Marker, Path, Point } from 'leaflet';
import type { CanvasStack } from '../../../components/map/canvas-stack';
import { CANVAS_RANK } from '../../../components/map/canvas-stack';
import type { Position } from '../../../components/map/label-point';
import type { MapProjection } from '../../../components/map/map-projection';
import { ensurePane } from '../../../components/map/panes';
import { createPointLayer } from '../../../components/map/point-layer';
import type { PointLayer, PointSpec } from '../../../components/map/point-layer';
import type { WallMarker } from '../../../../shared/schemas/wall';
import type { Priority } from '../../../../shared/schemas/work-order';
import { orderStyle } from './marker-style';
import { ClusterBubbles } from './cluster-bubbles';
import { CLUSTER_MAX_ZOOM, buildOrderIndex, diffSignatures, queryOrders } from './order-index';
import type { ClusterView, OrderIndex } from './order-index';

const PULSE_PANE = 'wallMapPulses';
/** CSS pulses are cheap, but not free: past this many visible overdue orders the rest stay still. */
export const MAX_PULSES = 200;
/** Cluster radius in design px. */
const CLUSTER_RADIUS = 40;

export interface OrderOverlayOptions {
  map: LeafletMap;
  stack: CanvasStack<Path>;
  clusterTitle: (count: number, overdue: number) => string;
}

/**
 * Work-order markers for thousands of orders: a supercluster index rebuilt only when what the map
 * shows changes, re-queried on moveend. Clusters are a few dozen DOM bubbles with counts
 * (ClusterBubbles), lone orders are canvas dots, and only visible lone overdue orders get a CSS
 * pulse.
 */
export class OrderOverlay {
  private readonly map: LeafletMap;
  private readonly options: OrderOverlayOptions;
  private readonly singles: PointLayer;
  private readonly bubbles: ClusterBubbles;
  private readonly pulses = new Map<string, Marker>();
  private readonly styles = new Map<string, PointSpec['style']>();
  private readonly pulseIcon = divIcon({ className: 'wall-map-pulse', iconSize: [0, 0], html: '' });
  private markers: readonly WallMarker[] = [];
  private signatures: ReadonlyMap<string, string> = new Map();
  private index: OrderIndex | null = null;
  private projection: MapProjection | null = null;
  private scale = 1;
  private keepClear: readonly Position[] = [];

  constructor(options: OrderOverlayOptions) {
    this.options = options;
    this.map = options.map;
    this.singles = createPointLayer(options.stack);
    this.bubbles = new ClusterBubbles(this.map, {
      clusterTitle: options.clusterTitle,
      onOpen: (view) => this.zoomInto(view),
    });
    ensurePane(this.map, PULSE_PANE, 460);
    this.map.on('moveend', this.render, this);
  }

  /** Number of orders on the map, clustered or not. */
  count(): number {
    return this.index ? this.markers.length : 0;
  }

  setView(projection: MapProjection, scale: number): void {
    if (projection === this.projection && scale === this.scale) return;
    this.projection = projection;
    if (scale !== this.scale) this.styles.clear();
    this.scale = scale;
    this.rebuild(true);
  }

  /** Label points (WGS84 [lng, lat]) the bubbles are moved off. */
  setKeepClear(points: readonly Position[]): void {
    if (points === this.keepClear) return;
    this.keepClear = points;
    this.render();
  }

  setMarkers(markers: readonly WallMarker[]): void {
    if (markers === this.markers) return;
    this.markers = markers;
    this.rebuild(false);
  }

  destroy(): void {
    this.map.off('moveend', this.render, this);
    this.singles.clear();
    this.bubbles.clear();
    for (const pulse of this.pulses.values()) pulse.remove();
    this.pulses.clear();
    this.index = null;
  }

  private rebuild(force: boolean): void {
    if (!this.projection) return;
    const next = diffSignatures(this.signatures, this.markers);
    if (!next && !force && this.index) return;
    if (next) this.signatures = next;
    this.index = buildOrderIndex(this.markers, this.projection.toMap, CLUSTER_RADIUS * this.scale);
    this.render();
  }

  private render(): void {
    const index = this.index;
    if (!index) return;
    const box = this.map.getBounds().pad(0.2);
    const views = queryOrders(
      index,
      { west: box.getWest(), south: box.getSouth(), east: box.getEast(), north: box.getNorth() },
      this.map.getZoom(),
    );
    const clusters: ClusterView[] = [];
    const pulsing = new Set<string>();
    const singles: PointSpec[] = [];
    for (const view of views) {
      if (view.kind === 'cluster') {
        clusters.push(view);
        continue;
      }
      singles.push({
        id: view.id,
        lat: view.lat,
        lng: view.lng,
        rank: view.overdue ? CANVAS_RANK.highlight : CANVAS_RANK.point + 1,
        ...this.singleStyle(view.priority, view.overdue),
      });
      if (view.overdue && pulsing.size < MAX_PULSES) {
        pulsing.add(view.id);
        this.upsertPulse(view.id, view.lat, view.lng);
      }
    }
    this.bubbles.sync(clusters, this.labelPoints(), this.scale);
    for (const [id, pulse] of this.pulses) {
      if (pulsing.has(id)) continue;
      pulse.remove();
      this.pulses.delete(id);
    }
    this.singles.sync(singles);
  }

  private labelPoints(): Point[] {
    const projection = this.projection;
    if (!projection) return [];
    return this.keepClear.map(([lng, lat]) => this.map.latLngToLayerPoint(projection.toMap(lat, lng)));
  }

  /** Ten styles at most (priority × overdue), shared by every dot: no garbage per moveend. */
  private singleStyle(priority: Priority | null, overdue: boolean): Pick<PointSpec, 'styleKey' | 'style'> {
    const styleKey = `${priority ?? '-'}|${overdue ? 1 : 0}@${this.scale}`;
    let style = this.styles.get(styleKey);
    if (!style) {
      style = orderStyle(priority, overdue, this.scale);
      this.styles.set(styleKey, style);
    }
    return { styleKey, style };
  }

  private zoomInto(view: ClusterView): void {
    let zoom = this.map.getZoom() + 2;
    try {
      zoom = this.index?.getClusterExpansionZoom(view.clusterId) ?? zoom;
    } catch {
      // The index was rebuilt since this bubble was drawn; zooming in two levels is close enough.
    }
    this.map.setView([view.lat, view.lng], Math.min(zoom, CLUSTER_MAX_ZOOM + 1), { animate: false });
  }

  private upsertPulse(id: string, lat: number, lng: number): void {
    const existing = this.pulses.get(id);
    if (existing) {
      const at = existing.getLatLng();
      if (at.lat !== lat || at.lng !== lng) existing.setLatLng([lat, lng]);
      return;
    }
    const pulse = marker([lat, lng], {
      icon: this.pulseIcon,
      interactive: false,
      keyboard: false,
      pane: PULSE_PANE,
    });
    pulse.addTo(this.map);
    this.pulses.set(id, pulse);
  }
}
