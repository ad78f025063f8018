import { useCallback, useMemo } from 'react';
import { CANVAS_RANK } from '../../../components/map/canvas-stack';
import type { PointSpec } from '../../../components/map/point-layer';
import { useTownMap } from '../../../components/map/town-map-context';
import { usePointLayer } from '../../../components/map/use-point-layer';
import type { Camera, Staff } from '../../../../shared/schemas/town';
import { cameraStyle, staffStyle } from './marker-style';
import type { MapLayerKey } from './map-layer-keys';

interface PointLayerProps<T> {
  items: readonly T[];
  visible: boolean;
  onDrawn: (layer: MapLayerKey, count: number) => void;
}

/** Every camera as a canvas dot; alerting ones larger, ringed and drawn above everything else. */
export function CameraLayer({ items, visible, onDrawn }: PointLayerProps<Camera>): null {
  const { projection, scale } = useTownMap();
  const points = useMemo(() => {
    if (!visible) return null;
    const styles = {
      online: cameraStyle('online', scale),
      offline: cameraStyle('offline', scale),
      frozen: cameraStyle('frozen', scale),
      alerting: cameraStyle('alerting', scale),
    };
    return items.map((camera): PointSpec => {
      const [lat, lng] = projection.toMap(camera.location.lat, camera.location.lng);
      const alerting = camera.status === 'alerting';
      return {
        id: camera.id,
        lat,
        lng,
        rank: alerting ? CANVAS_RANK.highlight : CANVAS_RANK.point,
        styleKey: `${camera.status}@${scale}`,
        style: styles[camera.status],
      };
    });
  }, [items, visible, projection, scale]);
  const handleCount = useCallback((count: number) => onDrawn('cameras', count), [onDrawn]);
  usePointLayer(points, handleCount);
  return null;
}

/** Staff on duty with a known position (the 一长六员 out in their grids). */
export function StaffLayer({ items, visible, onDrawn }: PointLayerProps<Staff>): null {
  const { projection, scale } = useTownMap();
  const points = useMemo(() => {
    if (!visible) return null;
    const style = staffStyle(scale);
    const drawn: PointSpec[] = [];
    for (const person of items) {
      if (!person.onDuty || !person.position) continue;
      const [lat, lng] = projection.toMap(person.position.lat, person.position.lng);
      drawn.push({ id: person.id, lat, lng, rank: CANVAS_RANK.point, styleKey: `staff@${scale}`, style });
    }
    return drawn;
  }, [items, visible, projection, scale]);
  const handleCount = useCallback((count: number) => onDrawn('staff', count), [onDrawn]);
  usePointLayer(points, handleCount);
  return null;
}
