import { useMemo } from 'react';
import type { Camera } from '../../../../shared/schemas/town';
import type { CameraAlert } from '../../../../shared/schemas/video';
import { useOpenAlerts } from '../../../lib/camera-alerts/get-open-alerts';

export interface AlertFocus {
  alert: CameraAlert | null;
  /** The alert's camera as this screen knows it (null until the camera list has it). */
  camera: Camera | null;
  remaining: number;
}

/**
 * The alert the live wall brings to the front: the newest open one among the cameras this screen
 * may see (the list is already projected by the server), and how many wait behind it.
 */
export function useAlertFocus(cameras: readonly Camera[]): AlertFocus {
  const { data } = useOpenAlerts();
  const items = data?.items;
  return useMemo(() => {
    const alert = items?.[0] ?? null;
    const camera = alert ? (cameras.find((c) => c.id === alert.cameraId) ?? null) : null;
    return { alert, camera, remaining: Math.max(0, (items?.length ?? 0) - 1) };
  }, [items, cameras]);
}
