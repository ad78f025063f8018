import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login, startTestServer, type Session, type TestServer } from '../../helpers/test-server';

/**
 * A real 8×8 grey baseline JPEG, byte by byte: one quantisation table, one-symbol Huffman tables
 * (DC difference 0, AC end-of-block) and a single block whose two codes are `0` `0`, padded with 1s.
 */
function tinyJpeg(): Buffer {
  const segment = (marker: number, body: number[]): number[] => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  const oneSymbolTable = (tableClass: number): number[] => [tableClass << 4, 1, ...Array(15).fill(0), 0];
  return Buffer.from([
    0xff,
    0xd8, // SOI
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]), // APP0 JFIF
    ...segment(0xdb, [0, ...Array(64).fill(1)]), // DQT
    ...segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]), // SOF0: 8 bit, 8×8, one component
    ...segment(0xc4, oneSymbolTable(0)), // DHT DC
    ...segment(0xc4, oneSymbolTable(1)), // DHT AC
    ...segment(0xda, [1, 1, 0, 0, 63, 0]), // SOS
    0x3f, // DC code 0, EOB code 0, then 1-padding
    0xff,
    0xd9, // EOI
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A real 2×2 RGB PNG (signature, IHDR, one zlib IDAT, IEND). */
function tinyPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  const row = [0, 0xc6, 0x28, 0x28, 0x1f, 0x6f, 0xeb]; // filter byte + two pixels
  const pixels = Buffer.from([...row, ...row]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let ts: TestServer;
let gridworker: Session;
let wall: Session;

beforeAll(async () => {
  ts = await startTestServer();
  [gridworker, wall] = await Promise.all([login(ts.baseUrl, 'gridworker'), login(ts.baseUrl, 'wall')]);
});
afterAll(() => ts.stop());

interface Uploaded {
  status: number;
  body: unknown;
}

async function upload(bytes: Buffer, type: string, session: Session | null = gridworker): Promise<Uploaded> {
  const res = await fetch(`${ts.baseUrl}/api/photos`, {
    method: 'POST',
    headers: { 'content-type': type, ...(session ? { cookie: session.cookie } : {}) },
    body: new Uint8Array(bytes),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

async function download(path: string, session: Session | null = gridworker) {
  const res = await fetch(`${ts.baseUrl}${path}`, { headers: session ? { cookie: session.cookie } : {} });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

const errorCode = (body: unknown): string => (body as { error: { code: string } }).error.code;

describe('photos', () => {
  it.each([
    ['image/jpeg', tinyJpeg(), 'jpg'],
    ['image/png', tinyPng(), 'png'],
  ])(
    'stores a %s under DATA_DIR/photos/YYYY/MM and serves it back byte for byte',
    async (type, bytes, ext) => {
      const res = await upload(bytes, type);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const photo = res.body as { id: string; url: string; type: string; bytes: number };
      expect(photo).toEqual({ id: photo.id, url: `/api/photos/${photo.id}`, type, bytes: bytes.length });
      expect(photo.id).toMatch(/^[0-9a-f-]{36}$/);

      const back = await download(photo.url);
      expect(back.status).toBe(200);
      expect(back.type).toBe(type);
      expect(back.bytes.equals(bytes)).toBe(true);

      const [year] = readdirSync(join(ts.dataDir, 'photos'));
      const [month] = readdirSync(join(ts.dataDir, 'photos', year!));
      expect(`${year}/${month}`).toMatch(/^\d{4}\/(0[1-9]|1[0-2])$/);
      expect(readdirSync(join(ts.dataDir, 'photos', year!, month!))).toContain(`${photo.id}.${ext}`);
    },
  );

  it('accepts a HEIC whose ftyp box names a HEIF brand, and refuses one that does not', async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
    ]);
    expect((await upload(heic, 'image/heic')).status).toBe(201);
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 20]), Buffer.from('ftypisom\0\0\0\0mp41', 'latin1')]);
    const refused = await upload(mp4, 'image/heif');
    expect(refused.status).toBe(400);
    expect(errorCode(refused.body)).toBe('type_mismatch');
  });

  it('refuses other types with 415 and a reason', async () => {
    const res = await upload(Buffer.from('hello'), 'text/plain');
    expect(res.status).toBe(415);
    expect((res.body as { error: { message: string } }).error.message).toContain('image/jpeg');
    expect((await upload(Buffer.from('{}'), 'application/json')).status).toBe(415);
  });

  it('refuses bytes that are not the declared type, and an empty body', async () => {
    const mislabelled = await upload(tinyPng(), 'image/jpeg');
    expect(mislabelled.status).toBe(400);
    expect(errorCode(mislabelled.body)).toBe('type_mismatch');
    const empty = await upload(Buffer.alloc(0), 'image/png');
    expect(empty.status).toBe(400);
    expect(errorCode(empty.body)).toBe('empty_body');
  });

  it('takes 10 MB and refuses 10 MB + 1 with 413', async () => {
    const limit = 10 * 1024 * 1024;
    const jpeg = tinyJpeg();
    const exact = Buffer.alloc(limit);
    jpeg.copy(exact);
    expect((await upload(exact, 'image/jpeg')).status).toBe(201);
    const over = Buffer.alloc(limit + 1);
    jpeg.copy(over);
    const res = await upload(over, 'image/jpeg');
    expect(res.status).toBe(413);
    expect(errorCode(res.body)).toBe('payload_too_large');
  });

  it('needs a session (401) and a role that reports or handles orders (403 for the wall)', async () => {
    const anonymous = await upload(tinyJpeg(), 'image/jpeg', null);
    expect(anonymous.status).toBe(401);
    const kiosk = await upload(tinyJpeg(), 'image/jpeg', wall);
    expect(kiosk.status).toBe(403);
    const stored = (await upload(tinyJpeg(), 'image/jpeg')).body as { url: string };
    expect((await download(stored.url, null)).status).toBe(401);
  });

  it('answers 404 for unknown ids and for ids that try to leave the photo folder', async () => {
    expect((await download('/api/photos/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    for (const id of ['..%2F..%2Fsecrets.json', '..%2Fgridcommand.sqlite', '%2E%2E', 'not-a-uuid']) {
      const res = await download(`/api/photos/${id}`);
      expect(res.status, id).toBe(404);
      expect(res.bytes.toString('utf8')).not.toContain('open311ApiKey');
    }
    // A literal ../ is resolved by the client before it is sent, and the result is no photo either.
    const literal = await api(ts.baseUrl, 'GET', '/api/photos/../secrets.json', undefined, {
      cookie: gridworker.cookie,
    });
    expect(literal.status).toBe(404);
  });
});
