import type { CategoryCode } from '../schemas/town';
import { ALERT_FOLD_MS, cameraAlertKinds, type CameraAlert } from '../schemas/video';

export type CameraAlertKind = (typeof cameraAlertKinds)[number];

/** An AI platform's own type names vary; anything not known here is shown and filed as `other`. */
export function alertKind(type: string): CameraAlertKind {
  const normal = type
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (cameraAlertKinds as readonly string[]).includes(normal) ? (normal as CameraAlertKind) : 'other';
}

/** The work-order category an alert of this kind is filed under when the operator confirms it. */
export const ALERT_CATEGORY: Record<CameraAlertKind, CategoryCode> = {
  intrusion: 'public_order',
  fire_smoke: 'safety',
  crowd: 'public_order',
  garbage: 'sanitation',
  illegal_parking: 'city_order',
  street_vending: 'city_order',
  flooding: 'flood',
  other: 'public_order',
};

/**
 * [AL1] A repeat from one camera within ALERT_FOLD_MS of that camera's latest alert folds into it
 * (count + 1, lastAt moves on), whatever its state: an alert already confirmed or dismissed does not
 * pop up again for the same event. [AL2] A repeat after the window raises a new alert. [AL3] An alert
 * arriving out of order (earlier than the latest's lastAt) folds too, without moving lastAt back.
 */
export function foldInto(latest: CameraAlert | null, at: string): CameraAlert | null {
  if (!latest) return null;
  const gap = Date.parse(at) - Date.parse(latest.lastAt);
  return gap <= ALERT_FOLD_MS ? latest : null;
}

/** The alert after a repeat folded into it. */
export function folded(alert: CameraAlert, at: string, snapshotPhotoId: string | null): CameraAlert {
  const later = Date.parse(at) > Date.parse(alert.lastAt);
  return {
    ...alert,
    count: alert.count + 1,
    lastAt: later ? at : alert.lastAt,
    snapshotPhotoId: later && snapshotPhotoId ? snapshotPhotoId : alert.snapshotPhotoId,
    version: alert.version + 1,
  };
}

/** How an alert kind reads in a work-order title and on the console (the UI also has it in i18n). */
export const ALERT_KIND_LABEL: Record<CameraAlertKind, string> = {
  intrusion: '区域入侵',
  fire_smoke: '烟火',
  crowd: '人员聚集',
  garbage: '垃圾堆放',
  illegal_parking: '违章停车',
  street_vending: '占道经营',
  flooding: '积水内涝',
  other: '其他异常',
};
