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
export const cameraStatus = z.enum(['online', 'offline', 'alerting']);
export type CameraStatus = z.infer<typeof cameraStatus>;

export const camera = z.object({
  id: z.string(),
  name: z.string(),
  source: cameraSource,
  gridId: z.string(),
  location: latLng,
  status: cameraStatus,
  ptz: z.boolean(),
  streamUrl: z.string().nullable(),
  snapshotUrl: z.string().nullable(),
  version: z.number().int(),
});
export type Camera = z.infer<typeof camera>;
