import { cameraInput, type Camera, type CameraInput, type CameraStream } from '../../../shared/schemas/town';

/** A stream as the form holds it: text inputs, the codec as chosen. */
export interface StreamDraft {
  hls: string;
  llhls: string;
  whep: string;
  codec: 'h264' | 'h265';
  width: string;
  height: string;
}

/** The camera form's state: strings as typed; turned into a `cameraInput` only on submit. */
export interface CameraDraft {
  id: string;
  name: string;
  source: CameraInput['source'];
  gridId: string;
  lat: string;
  lng: string;
  ptz: boolean;
  sub: StreamDraft;
  hasMain: boolean;
  main: StreamDraft;
  snapshotUrl: string;
  healthKind: 'mediamtx' | 'none';
  healthUrl: string;
  healthPath: string;
}

const emptyStream = (width: string, height: string): StreamDraft => ({
  hls: '',
  llhls: '',
  whep: '',
  codec: 'h264',
  width,
  height,
});

const streamDraft = (s: CameraStream): StreamDraft => ({
  hls: s.hls ?? '',
  llhls: s.llhls ?? '',
  whep: s.whep ?? '',
  codec: s.codec,
  width: String(s.width),
  height: String(s.height),
});

export function toCameraDraft(cam: Camera | null): CameraDraft {
  if (cam === null) {
    return {
      id: '',
      name: '',
      source: 'community',
      gridId: '',
      lat: '',
      lng: '',
      ptz: false,
      sub: emptyStream('640', '360'),
      hasMain: false,
      main: emptyStream('1920', '1080'),
      snapshotUrl: '',
      healthKind: 'none',
      healthUrl: '',
      healthPath: '',
    };
  }
  return {
    id: cam.id,
    name: cam.name,
    source: cam.source,
    gridId: cam.gridId,
    lat: String(cam.location.lat),
    lng: String(cam.location.lng),
    ptz: cam.ptz,
    sub: streamDraft(cam.streams.sub),
    hasMain: cam.streams.main !== undefined,
    main: cam.streams.main ? streamDraft(cam.streams.main) : emptyStream('1920', '1080'),
    snapshotUrl: cam.snapshotUrl ?? '',
    healthKind: cam.health.kind,
    healthUrl: cam.health.kind === 'mediamtx' ? cam.health.url : '',
    healthPath: cam.health.kind === 'mediamtx' ? cam.health.path : '',
  };
}

/** Empty → absent; otherwise the number (NaN when it is not one, which the schema refuses). */
const num = (v: string): number | undefined => (v.trim() === '' ? undefined : Number(v));
const text = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

function streamOf(s: StreamDraft): Record<string, unknown> {
  return {
    ...(text(s.hls) ? { hls: text(s.hls) } : {}),
    ...(text(s.llhls) ? { llhls: text(s.llhls) } : {}),
    ...(text(s.whep) ? { whep: text(s.whep) } : {}),
    codec: s.codec,
    width: num(s.width),
    height: num(s.height),
  };
}

export type CameraDraftResult =
  { ok: true; input: CameraInput } | { ok: false; errors: Record<string, string> };

/** Validates the draft with the same schema the server uses; errors are keyed by path (`streams.sub.codec`). */
export function fromCameraDraft(d: CameraDraft): CameraDraftResult {
  const parsed = cameraInput.safeParse({
    id: d.id,
    name: d.name,
    source: d.source,
    gridId: d.gridId,
    location: { lat: num(d.lat), lng: num(d.lng) },
    ptz: d.ptz,
    streams: { sub: streamOf(d.sub), ...(d.hasMain ? { main: streamOf(d.main) } : {}) },
    snapshotUrl: text(d.snapshotUrl) ?? null,
    health:
      d.healthKind === 'mediamtx'
        ? { kind: 'mediamtx', url: d.healthUrl, path: d.healthPath.trim() }
        : { kind: 'none' },
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.') || 'id'] ??= issue.message;
  return { ok: false, errors };
}

/** Which hint a field's error shows: the camera locale has one per kind of field. */
export type CameraErrorKind =
  'id' | 'name' | 'grid' | 'latLng' | 'url' | 'needUrl' | 'codec' | 'size' | 'path';

export function errorKindOf(path: string): CameraErrorKind | null {
  if (path === 'id' || path === 'name') return path;
  if (path === 'gridId') return 'grid';
  if (path.startsWith('location')) return 'latLng';
  if (/^streams\.(sub|main)$/.test(path)) return 'needUrl';
  if (/\.(hls|llhls|whep)$/.test(path) || path === 'snapshotUrl' || path === 'health.url') return 'url';
  if (path.endsWith('.codec')) return 'codec';
  if (path.endsWith('.width') || path.endsWith('.height')) return 'size';
  if (path === 'health.path') return 'path';
  return null;
}
