import { z } from 'zod';
import { latLng } from './common';

export const staffRoleCodes = [
  'grid_leader',
  'grid_worker',
  'liaison',
  'inspector',
  'patroller',
  'informant',
  'legal_officer',
] as const;
/** 一长六员: the grid leader and the six roles every basic grid has. */
export const staffRole = z.enum(staffRoleCodes);
export type StaffRole = z.infer<typeof staffRole>;

export const town = z.object({
  code: z.string(),
  name: z.string(),
  county: z.string(),
  seat: latLng,
  areaKm2: z.number(),
});
export type Town = z.infer<typeof town>;

export const village = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  position: latLng,
  synthetic: z.boolean(),
});
export type Village = z.infer<typeof village>;

const polygonCoords = z.array(z.array(z.tuple([z.number(), z.number()])));

/** A grid keeps the GeoJSON property names of the map layer (grid_id, type, village_id). */
export const grid = z.object({
  grid_id: z.string(),
  type: z.enum(['basic', 'specialised']),
  name: z.string(),
  village_id: z.string().nullable(),
  village: z.string().nullable(),
  subtype: z.string().nullable(),
  area_km2: z.number(),
  synthetic: z.boolean(),
  geometry: z.object({ type: z.literal('Polygon'), coordinates: polygonCoords }),
});
export type Grid = z.infer<typeof grid>;

export const staff = z.object({
  id: z.string(),
  name: z.string(),
  role: staffRole,
  gridIds: z.array(z.string()),
  villageId: z.string().nullable(),
  partyMember: z.boolean(),
  onDuty: z.boolean(),
  phone: z.string(),
  position: latLng.nullable(),
  positionAt: z.string().nullable(),
  version: z.number().int(),
});
export type Staff = z.infer<typeof staff>;

export const departmentKind = z.enum(['office', 'bureau', 'centre', 'stationed', 'squad']);
export const department = z.object({
  id: z.string(),
  name: z.string(),
  kind: departmentKind,
  parentId: z.string().nullable(),
  /** Enforcement squads cover one district (执法片区): the villages they patrol. */
  villageIds: z.array(z.string()),
});
export type Department = z.infer<typeof department>;

export const categoryCode = z.enum([
  'sanitation',
  'city_order',
  'illegal_building',
  'safety',
  'ecology',
  'dispute',
  'public_order',
  'infrastructure',
  'livelihood',
  'agency',
  'market',
  'flood',
  'petition',
]);
export type CategoryCode = z.infer<typeof categoryCode>;

export const category = z.object({
  code: categoryCode,
  name: z.string(),
  examples: z.array(z.string()),
  defaultUnit: z.string(),
  defaultDepartmentId: z.string().nullable(),
});
export type Category = z.infer<typeof category>;

/** What an administrator may change of a category; its code stays fixed (DESIGN §3.1a). */
export const categoryEdit = z.object({
  name: z.string().trim().min(1).max(20),
  examples: z.array(z.string().trim().min(1).max(20)).max(20),
  defaultUnit: z.string().trim().min(1).max(60),
  defaultDepartmentId: z.string().min(1).max(64).nullable(),
});
export type CategoryEdit = z.infer<typeof categoryEdit>;

export const cameraSource = z.enum(['community', 'police', 'enterprise', 'environment']);
export type CameraSource = z.infer<typeof cameraSource>;
/**
 * `frozen`: the stream answers but its picture stopped (the playlist no longer advances);
 * `alerting`: online with an unhandled alert. Only `online` and `alerting` count as online in the KPIs.
 */
export const cameraStatus = z.enum(['online', 'offline', 'frozen', 'alerting']);
export type CameraStatus = z.infer<typeof cameraStatus>;

/** An absolute http(s) URL or one on the app's own origin (`/sim/...`). */
export const mediaUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (u) => /^https?:\/\/[^\s]+$/i.test(u) || /^\/[^\s]*$/.test(u),
    'an http(s) URL or a path starting with /',
  );

/**
 * One stream of a camera as a media server publishes it (DESIGN §4): HLS, low-latency HLS and/or
 * WebRTC (WHEP); the codec decides whether a browser can play it at all (H.265 needs transcoding).
 */
export const cameraStream = z
  .object({
    hls: mediaUrl.optional(),
    llhls: mediaUrl.optional(),
    whep: mediaUrl.optional(),
    codec: z.enum(['h264', 'h265']),
    width: z.number().int().min(16).max(8192),
    height: z.number().int().min(16).max(8192),
  })
  .refine((s) => Boolean(s.hls || s.llhls || s.whep), 'a stream needs at least one of hls, llhls, whep');
export type CameraStream = z.infer<typeof cameraStream>;

/**
 * Where the camera's health is read: `mediamtx` polls a MediaMTX-shaped `/v3/paths/list` (the
 * built-in simulator serves one at /sim/v3/paths/list) and finds `path`; `none` leaves the status to
 * people and integrations.
 */
export const cameraHealth = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mediamtx'), url: mediaUrl, path: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('none') }),
]);
export type CameraHealth = z.infer<typeof cameraHealth>;

/** What an administrator enters for a camera (create, edit, import); status and version are the server's. */
export const cameraInput = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, . _ - (at most 64)'),
  name: z.string().trim().min(1).max(80),
  source: cameraSource,
  gridId: z.string().min(1).max(64),
  location: latLng,
  ptz: z.boolean(),
  streams: z.object({ sub: cameraStream, main: cameraStream.optional() }),
  snapshotUrl: mediaUrl.nullable(),
  health: cameraHealth,
});
export type CameraInput = z.infer<typeof cameraInput>;

export const camera = z.object({
  id: z.string(),
  name: z.string(),
  source: cameraSource,
  gridId: z.string(),
  location: latLng,
  status: cameraStatus,
  ptz: z.boolean(),
  streams: z.object({ sub: cameraStream, main: cameraStream.optional() }),
  snapshotUrl: z.string().nullable(),
  health: cameraHealth,
  version: z.number().int(),
});
export type Camera = z.infer<typeof camera>;
