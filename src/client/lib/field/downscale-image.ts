import { fitWithin, JPEG_QUALITY } from './photo-rules';

export interface PreparedPhoto {
  blob: Blob;
  type: string;
}

function toJpeg(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
}

/**
 * JPEG and PNG are drawn onto a canvas at most 1600 px on the long side and sent as JPEG 0.85: a
 * 12-megapixel phone photo shrinks to a few hundred kB, which matters on a weak signal. HEIC goes as
 * it is (browsers cannot decode it), and so does anything the browser fails to decode.
 */
export async function preparePhoto(file: Blob, type: string): Promise<PreparedPhoto> {
  if (type !== 'image/jpeg' && type !== 'image/png') return { blob: file, type };
  if (typeof createImageBitmap !== 'function') return { blob: file, type };
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const size = fitWithin(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return { blob: file, type };
    // PNG may be transparent; JPEG is not: give it a white ground instead of black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    bitmap.close();
    const jpeg = await toJpeg(canvas);
    return jpeg ? { blob: jpeg, type: 'image/jpeg' } : { blob: file, type };
  } catch {
    return { blob: file, type };
  }
}
