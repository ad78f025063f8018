import { z } from 'zod';
import { isoTime } from './common';
import { cameraSource, cameraStatus } from './town';

/**
 * Video patrol (视频巡查) wire shapes: the simulator's faults, its MediaMTX-shaped health list, the
 * camera-alert webhook and the alerts the console handles. The camera itself (streams, health
 * source) is in town.ts.
 */

/** Faults the built-in camera simulator can be told to show (for demos and tests). */
export const cameraFault = z.enum(['offline', 'frozen', 'slow', 'flapping']);
export type CameraFault = z.infer<typeof cameraFault>;

/** `POST /api/cameras/:id/faults` — one fault at a time; `null` clears it. */
export const cameraFaultBody = z.object({ fault: cameraFault.nullable() });
export const cameraFaultState = z.object({ cameraId: z.string(), fault: cameraFault.nullable() });
export type CameraFaultState = z.infer<typeof cameraFaultState>;

/**
 * One path of `GET /sim/v3/paths/list`, the fields of MediaMTX's v3 API that health reading uses:
 * `ready` (a publisher is there) and `bytesReceived` (it still sends: a frozen stream stops growing).
 */
export const mediaPath = z.object({
  name: z.string(),
  ready: z.boolean(),
  readyTime: isoTime.nullable(),
  tracks: z.array(z.string()),
  bytesReceived: z.number().int().min(0),
});
export const mediaPathList = z.object({
  pageCount: z.number().int(),
  itemCount: z.number().int(),
  items: z.array(mediaPath),
});
export type MediaPathList = z.infer<typeof mediaPathList>;

/** Alert kinds an AI camera platform sends; unknown kinds are accepted and shown as `other`. */
export const cameraAlertKinds = [
  'intrusion',
  'fire_smoke',
  'crowd',
  'garbage',
  'illegal_parking',
  'street_vending',
  'flooding',
  'other',
] as const;

/** 2 MB of JPEG, base64-encoded (4/3 of it) plus slack for a `data:` prefix. */
export const MAX_ALERT_SNAPSHOT_BYTES = 2 * 1024 * 1024;

/** `POST /api/integrations/camera-alerts` (HMAC-signed like every webhook, CAMERA_ALERT_SECRET). */
export const cameraAlertWebhook = z.object({
  cameraId: z.string().min(1).max(64),
  type: z.string().trim().min(1).max(40),
  at: isoTime,
  /** Base64 JPEG (optionally a `data:image/jpeg;base64,` URL), at most 2 MB decoded. */
  snapshot: z
    .string()
    .max(Math.ceil((MAX_ALERT_SNAPSHOT_BYTES * 4) / 3) + 64)
    .optional(),
});
export type CameraAlertWebhook = z.infer<typeof cameraAlertWebhook>;

export const cameraAlertState = z.enum(['open', 'confirmed', 'dismissed']);

/**
 * An alert as the console handles it. Repeats from one camera within 5 minutes of the last fold
 * into the open alert (`count`, `lastAt`) instead of raising another.
 */
export const cameraAlert = z.object({
  id: z.string(),
  cameraId: z.string(),
  /** The camera's name and source when the alert came: what the pop-up shows, what the projection checks. */
  cameraName: z.string(),
  cameraSource: cameraSource,
  gridId: z.string(),
  type: z.string(),
  firstAt: isoTime,
  lastAt: isoTime,
  count: z.number().int().min(1),
  /** A stored photo id (GET /api/photos/:id) of the latest snapshot, if one came. */
  snapshotPhotoId: z.string().nullable(),
  state: cameraAlertState,
  /** Set when confirmed: the work order made from it. */
  workOrderId: z.string().nullable(),
  handledBy: z.string().nullable(),
  handledAt: isoTime.nullable(),
  version: z.number().int(),
});
export type CameraAlert = z.infer<typeof cameraAlert>;

/** Repeats from one camera within this window fold into one alert. */
export const ALERT_FOLD_MS = 5 * 60 * 1000;

/** `GET /api/cameras/faults` item: the fault, since when (a frozen picture stays at it), set by whom. */
export const cameraFaultEntry = cameraFaultState.extend({
  fault: cameraFault,
  since: isoTime,
  setBy: z.string(),
});
export type CameraFaultEntry = z.infer<typeof cameraFaultEntry>;

/** Per camera in `GET /api/cameras/health`: uptime over the last 24 h (online and alerting count as up). */
export const cameraHealthItem = z.object({
  cameraId: z.string(),
  status: cameraStatus,
  uptimePercent24h: z.number().min(0).max(100),
  /** The last status change seen in the event log; null when it never changed. */
  lastChangeAt: isoTime.nullable(),
});
export type CameraHealthItem = z.infer<typeof cameraHealthItem>;

/** `GET /api/cameras/health`: every visible camera, and those not delivering a picture (offline, frozen). */
export const cameraHealthReport = z.object({
  items: z.array(cameraHealthItem),
  total: z.number().int(),
  offline: z.array(cameraHealthItem),
});
export type CameraHealthReport = z.infer<typeof cameraHealthReport>;
