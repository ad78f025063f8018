import { z } from 'zod';
import { apiError } from '../../../shared/schemas/common';
import { ApiError, NetworkError, ResponseShapeError } from '../api-client';

/** The answer of POST /api/photos. */
export const uploadedPhoto = z.object({
  id: z.string(),
  url: z.string(),
  type: z.string(),
  bytes: z.number().int(),
});
export type UploadedPhoto = z.infer<typeof uploadedPhoto>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends one photo's bytes. XMLHttpRequest rather than fetch: only it reports upload progress, which
 * a field worker on one bar of signal needs to see.
 */
export function uploadPhoto(
  blob: Blob,
  type: string,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedPhoto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/photos');
    xhr.setRequestHeader('Content-Type', type);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new NetworkError('upload failed'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) {
        const error = apiError.safeParse(body);
        reject(
          new ApiError(
            xhr.status,
            error.success ? error.data.error : { code: `http_${xhr.status}`, message: xhr.statusText },
          ),
        );
        return;
      }
      const parsed = uploadedPhoto.safeParse(body);
      if (parsed.success) resolve(parsed.data);
      else reject(new ResponseShapeError('/api/photos', parsed.error.message));
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(blob);
  });
}
