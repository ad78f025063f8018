/** What the server takes (POST /api/photos) and what one report may carry (the resolve command's max). */
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/heic,image/heif';
export const MAX_PHOTOS = 9;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Longest side after downscaling in the browser. */
export const MAX_PHOTO_SIDE = 1600;
export const JPEG_QUALITY = 0.85;

const TYPES = new Set(PHOTO_ACCEPT.split(','));
const HEIF_NAME = /\.(heic|heif)$/i;

export type PhotoProblem = 'too_many' | 'too_large' | 'wrong_type';

/**
 * The upload type of a picked file. Some phones hand over HEIC photos without a MIME type: the name
 * tells them apart.
 */
export function photoTypeOf(file: Pick<File, 'type' | 'name'>): string | null {
  const type = file.type.toLowerCase();
  if (TYPES.has(type)) return type;
  if (type === '' && HEIF_NAME.test(file.name))
    return file.name.toLowerCase().endsWith('heif') ? 'image/heif' : 'image/heic';
  return null;
}

export interface Admission<F> {
  accepted: F[];
  refused: { file: F; problem: PhotoProblem }[];
}

/** Which newly picked files fit: the right type, at most 10 MB each, and no more than 9 in all. */
export function admitPhotos<F extends Pick<File, 'type' | 'name' | 'size'>>(
  alreadyPicked: number,
  files: readonly F[],
): Admission<F> {
  const result: Admission<F> = { accepted: [], refused: [] };
  for (const file of files) {
    if (photoTypeOf(file) === null) result.refused.push({ file, problem: 'wrong_type' });
    else if (file.size > MAX_PHOTO_BYTES) result.refused.push({ file, problem: 'too_large' });
    else if (alreadyPicked + result.accepted.length >= MAX_PHOTOS)
      result.refused.push({ file, problem: 'too_many' });
    else result.accepted.push(file);
  }
  return result;
}

/** The size a picture is drawn at so its long side is at most `max`. */
export function fitWithin(
  width: number,
  height: number,
  max = MAX_PHOTO_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
