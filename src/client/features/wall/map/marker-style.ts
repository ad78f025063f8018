import type { CircleMarkerOptions, PathOptions } from 'leaflet';
import type { CameraStatus } from '../../../../shared/schemas/town';
import type { Priority } from '../../../../shared/schemas/work-order';

type PointStyle = CircleMarkerOptions & { radius: number };

/** Priority hues kept apart from the overdue red so "urgent" and "late" read differently. */
export const PRIORITY_COLOURS: Record<Priority | 'none', string> = {
  P1: '#ff3d8b',
  P2: '#ff9f43',
  P3: '#ffd166',
  P4: '#4fc3f7',
  none: '#b0bec5',
};
export const OVERDUE_COLOUR = '#ff4d4f';

export const CAMERA_COLOURS: Record<CameraStatus, string> = {
  online: '#2fbf71',
  offline: '#6b7c93',
  frozen: '#4fc3f7',
  alerting: '#ff4d4f',
};
export const STAFF_COLOUR = '#b388ff';

/** Radii and strokes are in design px (1920×1080) and multiplied by the wall's scale. */
export function cameraStyle(status: CameraStatus, scale: number): PointStyle {
  if (status === 'alerting') {
    return {
      radius: 6 * scale,
      color: '#ffffff',
      weight: 2 * scale,
      fillColor: CAMERA_COLOURS.alerting,
      fillOpacity: 1,
    };
  }
  return {
    radius: 3.5 * scale,
    color: '#07111f',
    weight: 1 * scale,
    fillColor: CAMERA_COLOURS[status],
    fillOpacity: status === 'offline' ? 0.7 : 0.95,
  };
}

export function staffStyle(scale: number): PointStyle {
  return {
    radius: 3 * scale,
    color: '#ffffff',
    weight: 1 * scale,
    fillColor: STAFF_COLOUR,
    fillOpacity: 0.9,
  };
}

export function orderStyle(priority: Priority | null, overdue: boolean, scale: number): PointStyle {
  return {
    radius: 5 * scale,
    color: overdue ? OVERDUE_COLOUR : '#07111f',
    weight: (overdue ? 2.5 : 1) * scale,
    fillColor: PRIORITY_COLOURS[priority ?? 'none'],
    fillOpacity: 0.95,
  };
}

/** Specialised grids overlay basic ones: dashed and lighter, so the basic grid beneath still shows. */
export function gridStyle(
  type: 'basic' | 'specialised',
  fillColor: string,
  selected: boolean,
  scale: number,
): PathOptions {
  const specialised = type === 'specialised';
  return {
    color: selected ? '#ffffff' : specialised ? '#c9a7ff' : '#9cc3ea',
    opacity: selected ? 1 : 0.75,
    weight: (selected ? 3 : specialised ? 2 : 1) * scale,
    ...(specialised ? { dashArray: `${6 * scale} ${4 * scale}` } : {}),
    fillColor,
    fillOpacity: specialised ? 0.35 : 0.6,
  };
}
