import { z } from 'zod';
import { cameraInput, type Camera, type CameraInput, type CameraStream } from '../schemas/town';

/** PUT /api/cameras/:id: everything an administrator enters except the id, and the version edited. */
export const cameraEdit = cameraInput.omit({ id: true }).extend({
  expectedVersion: z.number().int().min(1),
});
export type CameraEdit = z.infer<typeof cameraEdit>;

/** DELETE /api/cameras/:id?expectedVersion=N (a query parameter: DELETE bodies are dropped by some proxies). */
export const cameraDeleteQuery = z.object({ expectedVersion: z.coerce.number().int().min(1) });

export const cameraFormat = z.enum(['json', 'csv']);
export type CameraFormat = z.infer<typeof cameraFormat>;
export const cameraFormatQuery = z.object({ format: cameraFormat.default('json') });

/** One refused import row: `row` 1 is the first camera (the JSON array's first item, the CSV's first line after the header). */
export const cameraImportRowError = z.object({
  row: z.number().int().min(0),
  id: z.string().nullable(),
  reasons: z.array(z.string()),
});
export type CameraImportRowError = z.infer<typeof cameraImportRowError>;

export const cameraImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type CameraImportResult = z.infer<typeof cameraImportResult>;

/** Largest import body accepted (413 beyond): ~20,000 cameras of CSV. */
export const CAMERA_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

function canonicalStream(s: CameraStream): CameraStream {
  return {
    ...(s.hls !== undefined ? { hls: s.hls } : {}),
    ...(s.llhls !== undefined ? { llhls: s.llhls } : {}),
    ...(s.whep !== undefined ? { whep: s.whep } : {}),
    codec: s.codec,
    width: s.width,
    height: s.height,
  };
}

/**
 * What an administrator entered for a camera, with a fixed key order and no undefined keys, so that
 * two inputs (or a stored camera and an imported row) compare equal exactly when they mean the same.
 */
export function canonicalCameraInput(c: CameraInput | Camera): CameraInput {
  const { main } = c.streams;
  return {
    id: c.id,
    name: c.name,
    source: c.source,
    gridId: c.gridId,
    location: { lat: c.location.lat, lng: c.location.lng },
    ptz: c.ptz,
    streams: { sub: canonicalStream(c.streams.sub), ...(main ? { main: canonicalStream(main) } : {}) },
    snapshotUrl: c.snapshotUrl,
    health:
      c.health.kind === 'mediamtx'
        ? { kind: 'mediamtx', url: c.health.url, path: c.health.path }
        : { kind: 'none' },
  };
}

export function sameCameraInput(a: CameraInput | Camera, b: CameraInput | Camera): boolean {
  return JSON.stringify(canonicalCameraInput(a)) === JSON.stringify(canonicalCameraInput(b));
}

/** Zod issues as short reasons naming the field: `streams.sub.codec: Invalid option …`. */
export function issueReasons(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`);
}
