import { useEffect, useEffectEvent, useRef } from 'react';
import { useT } from '../../../app/i18n/i18n';
import type { Position } from '../../../components/map/label-point';
import { useTownMap } from '../../../components/map/town-map-context';
import type { WallMarker } from '../../../../shared/schemas/wall';
import type { MapLayerKey } from './map-layer-keys';
import { OrderOverlay } from './order-overlay';

export interface OrderLayerProps {
  markers: readonly WallMarker[];
  /** Label points (WGS84 [lng, lat]) that cluster bubbles must not cover. */
  keepClear: readonly Position[];
  visible: boolean;
  onDrawn: (layer: MapLayerKey, count: number) => void;
}

/** Open work orders, clustered; the overlay lives while the layer is switched on. */
export function OrderLayer({ markers, keepClear, visible, onDrawn }: OrderLayerProps): null {
  const { map, stack, projection, scale } = useTownMap();
  const t = useT();
  const overlay = useRef<OrderOverlay | null>(null);

  const clusterTitle = useEffectEvent((count: number, overdue: number) =>
    t('wallMap.cluster.title', { count, overdue }),
  );
  const reportDrawn = useEffectEvent((count: number) => onDrawn('orders', count));
  const feed = useEffectEvent((): void => {
    const current = overlay.current;
    if (!current) return;
    current.setView(projection, scale);
    current.setKeepClear(keepClear);
    current.setMarkers(markers);
    reportDrawn(current.count());
  });

  useEffect(
    function createOverlay() {
      if (!visible) return undefined;
      const created = new OrderOverlay({
        map,
        stack,
        clusterTitle: (count, overdue) => clusterTitle(count, overdue),
      });
      overlay.current = created;
      feed();
      return function destroyOverlay() {
        created.destroy();
        overlay.current = null;
        reportDrawn(0);
      };
    },
    [map, stack, visible],
  );

  useEffect(
    function feedOverlay() {
      feed();
    },
    [markers, keepClear, projection, scale],
  );

  return null;
}
