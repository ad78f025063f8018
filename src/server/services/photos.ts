import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { toShanghaiIso } from '../../shared/work-order-number';
import { HttpError } from '../http/errors';

/** The image types a phone camera produces, with the extension each is stored under. */
export const PHOTO_EXTENSIONS = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
  'image/heif': 'heif',
} as const;
export type PhotoType = keyof typeof PHOTO_EXTENSIONS;
export const PHOTO_TYPES = Object.keys(PHOTO_EXTENSIONS) as PhotoType[];
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export const storedPhoto = z.object({
  id: z.string(),
  url: z.string(),
  type: z.enum(['image/jpeg', 'image/png', 'image/heic', 'image/heif']),
  bytes: z.number().int(),
});
export type StoredPhoto = z.infer<typeof storedPhoto>;

/** Photo ids are v4-style uuids; anything else (`..`, slashes, dots) never reaches the file system. */
const PHOTO_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const YEAR = /^\d{4}$/;
const MONTH = /^(0[1-9]|1[0-2])$/;
const HEIF_BRANDS = new Set(['heic', 'heix', 'mif1', 'msf1']);

export function isPhotoType(value: string): value is PhotoType {
  return Object.hasOwn(PHOTO_EXTENSIONS, value);
}

export function isPhotoId(value: string): boolean {
  return PHOTO_ID.test(value);
}

/** `image/JPEG; foo=bar` → `image/jpeg`. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** An ISO-BMFF `ftyp` box naming a HEIF brand, as major or compatible brand. */
function isHeif(bytes: Buffer): boolean {
  if (bytes.length < 12 || bytes.toString('latin1', 4, 8) !== 'ftyp') return false;
  const boxSize = Math.min(bytes.readUInt32BE(0), bytes.length);
  if (HEIF_BRANDS.has(bytes.toString('latin1', 8, 12))) return true;
  // Compatible brands follow the major brand and its minor version.
  for (let at = 16; at + 4 <= boxSize; at += 4) {
    if (HEIF_BRANDS.has(bytes.toString('latin1', at, at + 4))) return true;
  }
  return false;
}

/** Whether the bytes are what the Content-Type says: a renamed file or a forged header is refused. */
export function magicMatches(type: PhotoType, bytes: Buffer): boolean {
  switch (type) {
    case 'image/jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'image/png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]);
    case 'image/heic':
    case 'image/heif':
      return isHeif(bytes);
  }
}

export interface PhotoFile {
  type: PhotoType;
  bytes: number;
  open: () => ReadStream;
}

/**
 * Photos under DATA_DIR/photos/YYYY/MM/<uuid>.<ext> (the month in Asia/Shanghai, like order numbers).
 * Files are written under a temporary name and renamed, so a reader never sees half a photo.
 */
export class PhotoStore {
  constructor(
    private readonly root: string,
    private readonly now: () => Date,
  ) {}

  async save(type: PhotoType, bytes: Buffer): Promise<StoredPhoto> {
    if (bytes.length === 0) throw new HttpError(400, 'empty_body', 'the photo is empty');
    if (bytes.length > MAX_PHOTO_BYTES)
      throw new HttpError(413, 'payload_too_large', `a photo may have at most ${MAX_PHOTO_BYTES} bytes`);
    if (!magicMatches(type, bytes))
      throw new HttpError(400, 'type_mismatch', `the bytes are not a ${type} image`);
    const id = randomUUID();
    const local = toShanghaiIso(this.now());
    const dir = join(this.root, local.slice(0, 4), local.slice(5, 7));
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${id}.${PHOTO_EXTENSIONS[type]}`);
    // A 201 means the photo is on disk: the resolve that cites its URL may come from another phone.
    const handle = await open(`${file}.part`, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(`${file}.part`, file);
    return { id, url: `/api/photos/${id}`, type, bytes: bytes.length };
  }

  /** The stored photo with this id, or null; ids that are not uuids are never looked up. */
  async find(id: string): Promise<PhotoFile | null> {
    if (!isPhotoId(id)) return null;
    for (const year of (await this.list(this.root)).filter((n) => YEAR.test(n)).reverse()) {
      const yearDir = join(this.root, year);
      for (const month of (await this.list(yearDir)).filter((n) => MONTH.test(n)).reverse()) {
        for (const type of PHOTO_TYPES) {
          const path = join(yearDir, month, `${id}.${PHOTO_EXTENSIONS[type]}`);
          const info = await stat(path).catch(() => null);
          if (info?.isFile()) return { type, bytes: info.size, open: () => createReadStream(path) };
        }
      }
    }
    return null;
  }

  private async list(dir: string): Promise<string[]> {
    try {
      return (await readdir(dir)).sort();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }
}
