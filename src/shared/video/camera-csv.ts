import type { CameraInput, CameraStream } from '../schemas/town';

/**
 * Cameras as CSV for spreadsheets (RFC 4180: CRLF, fields quoted when they hold `,` `"` CR or LF,
 * quotes doubled), with a UTF-8 byte-order mark so Excel reads Chinese names. Pure: text in, text
 * or plain objects out; validation of each row is `cameraInput`'s job.
 */
export const CAMERA_CSV_COLUMNS = [
  'id',
  'name',
  'source',
  'gridId',
  'lat',
  'lng',
  'ptz',
  'sub_hls',
  'sub_llhls',
  'sub_whep',
  'sub_codec',
  'sub_width',
  'sub_height',
  'main_hls',
  'main_llhls',
  'main_whep',
  'main_codec',
  'main_width',
  'main_height',
  'snapshotUrl',
  'health_kind',
  'health_url',
  'health_path',
] as const;
export type CameraCsvColumn = (typeof CAMERA_CSV_COLUMNS)[number];

const BOM = '\uFEFF';
const STREAM_FIELDS = ['hls', 'llhls', 'whep', 'codec', 'width', 'height'] as const;

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function streamCells(prefix: 'sub' | 'main', s: CameraStream | undefined): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const f of STREAM_FIELDS) cells[`${prefix}_${f}`] = s?.[f] === undefined ? '' : String(s[f]);
  return cells;
}

function rowOf(c: CameraInput): Record<CameraCsvColumn, string> {
  return {
    id: c.id,
    name: c.name,
    source: c.source,
    gridId: c.gridId,
    lat: String(c.location.lat),
    lng: String(c.location.lng),
    ptz: c.ptz ? 'true' : 'false',
    ...streamCells('sub', c.streams.sub),
    ...streamCells('main', c.streams.main),
    snapshotUrl: c.snapshotUrl ?? '',
    health_kind: c.health.kind,
    health_url: c.health.kind === 'mediamtx' ? c.health.url : '',
    health_path: c.health.kind === 'mediamtx' ? c.health.path : '',
  } as Record<CameraCsvColumn, string>;
}

/** The header row, then one line per camera in the order given; every line ends with CRLF. */
export function encodeCamerasCsv(cameras: readonly CameraInput[]): string {
  const lines = [CAMERA_CSV_COLUMNS.join(',')];
  for (const c of cameras) {
    const row = rowOf(c);
    lines.push(CAMERA_CSV_COLUMNS.map((col) => quote(row[col])).join(','));
  }
  return `${BOM}${lines.map((l) => `${l}\r\n`).join('')}`;
}

/** RFC 4180 records; LF alone also ends a record (files saved by editors on Linux). */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (ch === '\r' && src[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  // Blank lines (a trailing newline, spacing in hand-made files) are not cameras.
  return records.filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
}

/** A number when the cell reads as one; otherwise the text, so the schema names what is wrong. */
function numberCell(v: string): number | string | undefined {
  const t = v.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

function booleanCell(v: string): boolean | string {
  const t = v.trim().toLowerCase();
  if (['true', '1', 'yes', '是'].includes(t)) return true;
  if (['false', '0', 'no', '否', ''].includes(t)) return false;
  return v;
}

function streamOf(
  cell: (col: string) => string,
  prefix: 'sub' | 'main',
): Record<string, unknown> | undefined {
  const present = STREAM_FIELDS.some((f) => cell(`${prefix}_${f}`).trim() !== '');
  if (!present) return undefined;
  const stream: Record<string, unknown> = {};
  for (const f of ['hls', 'llhls', 'whep'] as const) {
    const v = cell(`${prefix}_${f}`).trim();
    if (v !== '') stream[f] = v;
  }
  stream.codec = cell(`${prefix}_codec`).trim().toLowerCase() || undefined;
  stream.width = numberCell(cell(`${prefix}_width`));
  stream.height = numberCell(cell(`${prefix}_height`));
  return stream;
}

export type CamerasCsvDecoded =
  { ok: true; rows: Array<{ row: number; value: Record<string, unknown> }> } | { ok: false; reason: string };

/**
 * Rows as plain objects shaped like `cameraInput` (not yet validated). Columns are found by their
 * header name, in any order; unknown columns are ignored; row 1 is the line after the header.
 */
export function decodeCamerasCsv(text: string): CamerasCsvDecoded {
  const [header, ...records] = parseCsv(text);
  if (!header) return { ok: false, reason: 'empty file: a header row is required' };
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  const required: CameraCsvColumn[] = ['id', 'name', 'source', 'gridId', 'lat', 'lng', 'sub_codec'];
  const missing = required.filter((c) => !index.has(c));
  if (missing.length > 0) return { ok: false, reason: `missing columns: ${missing.join(', ')}` };
  const rows = records.map((record, n) => {
    const cell = (col: string): string => {
      const at = index.get(col);
      return at === undefined ? '' : (record[at] ?? '');
    };
    const main = streamOf(cell, 'main');
    const healthKind = cell('health_kind').trim() || 'none';
    const value: Record<string, unknown> = {
      id: cell('id').trim(),
      name: cell('name'),
      source: cell('source').trim(),
      gridId: cell('gridId').trim(),
      location: { lat: numberCell(cell('lat')), lng: numberCell(cell('lng')) },
      ptz: booleanCell(cell('ptz')),
      streams: { sub: streamOf(cell, 'sub') ?? {}, ...(main ? { main } : {}) },
      snapshotUrl: cell('snapshotUrl').trim() || null,
      health:
        healthKind === 'mediamtx'
          ? { kind: healthKind, url: cell('health_url').trim(), path: cell('health_path').trim() }
          : { kind: healthKind },
    };
    return { row: n + 1, value };
  });
  return { ok: true, rows };
}
