import { useCallback, useEffect, useRef, useState } from 'react';
import { newIdempotencyKey } from '../idempotency-key';
import { preparePhoto } from './downscale-image';
import { admitPhotos, photoTypeOf } from './photo-rules';
import type { PhotoProblem } from './photo-rules';
import { uploadPhoto } from './upload-photo';

export interface PickedPhoto {
  localId: string;
  name: string;
  /** An object URL to show; null where the browser cannot draw the type (HEIC). */
  previewUrl: string | null;
  status: 'uploading' | 'done' | 'failed';
  progress: number;
  url: string | null;
  error: unknown;
}

export interface PhotoUploads {
  photos: readonly PickedPhoto[];
  /** Files refused at the last pick, and why. */
  refused: readonly { name: string; problem: PhotoProblem }[];
  add: (files: readonly File[]) => void;
  remove: (localId: string) => void;
  retry: (localId: string) => void;
  clear: () => void;
  /** The URLs of the uploaded photos, in the order they were picked. */
  urls: string[];
  busy: boolean;
  /** A photo failed to upload (no signal): retry or remove it before sending, or it would be lost. */
  failed: boolean;
}

function previewOf(file: File, type: string): string | null {
  if (type !== 'image/jpeg' && type !== 'image/png') return null;
  return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null;
}

function release(photo: PickedPhoto): void {
  if (photo.previewUrl && typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(photo.previewUrl);
}

/** Photos picked for one report: checked, downscaled and uploaded one after another, with progress. */
export function usePhotoUploads(): PhotoUploads {
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [refused, setRefused] = useState<{ name: string; problem: PhotoProblem }[]>([]);
  const files = useRef(new Map<string, File>());
  const chain = useRef<Promise<void>>(Promise.resolve());
  const count = useRef(0);
  const live = useRef(true);

  const patch = useCallback((localId: string, change: Partial<PickedPhoto>) => {
    if (live.current) setPhotos((all) => all.map((p) => (p.localId === localId ? { ...p, ...change } : p)));
  }, []);

  const upload = useCallback(
    (localId: string) => {
      const file = files.current.get(localId);
      if (!file) return;
      chain.current = chain.current.then(async () => {
        if (!files.current.has(localId)) return; // removed while waiting
        try {
          const prepared = await preparePhoto(file, photoTypeOf(file) ?? file.type);
          const done = await uploadPhoto(prepared.blob, prepared.type, (progress) =>
            patch(localId, { progress }),
          );
          patch(localId, { status: 'done', progress: 1, url: done.url, error: null });
        } catch (error) {
          patch(localId, { status: 'failed', error });
        }
      });
    },
    [patch],
  );

  useEffect(function releaseOnUnmount() {
    live.current = true;
    return function stop() {
      live.current = false;
    };
  }, []);

  const add = useCallback(
    (picked: readonly File[]) => {
      const { accepted, refused: problems } = admitPhotos(count.current, picked);
      setRefused(problems.map(({ file, problem }) => ({ name: file.name, problem })));
      count.current += accepted.length;
      const added = accepted.map((file): PickedPhoto => {
        const localId = newIdempotencyKey();
        files.current.set(localId, file);
        return {
          localId,
          name: file.name,
          previewUrl: previewOf(file, photoTypeOf(file) ?? ''),
          status: 'uploading',
          progress: 0,
          url: null,
          error: null,
        };
      });
      setPhotos((all) => [...all, ...added]);
      for (const photo of added) upload(photo.localId);
    },
    [upload],
  );

  const remove = useCallback((localId: string) => {
    files.current.delete(localId);
    count.current = files.current.size;
    setPhotos((all) => {
      all.filter((p) => p.localId === localId).forEach(release);
      return all.filter((p) => p.localId !== localId);
    });
  }, []);

  const retry = useCallback(
    (localId: string) => {
      patch(localId, { status: 'uploading', progress: 0, error: null });
      upload(localId);
    },
    [patch, upload],
  );

  const clear = useCallback(() => {
    files.current.clear();
    count.current = 0;
    setRefused([]);
    setPhotos((all) => {
      all.forEach(release);
      return [];
    });
  }, []);

  return {
    photos,
    refused,
    add,
    remove,
    retry,
    clear,
    urls: photos.flatMap((p) => (p.status === 'done' && p.url ? [p.url] : [])),
    busy: photos.some((p) => p.status === 'uploading'),
    failed: photos.some((p) => p.status === 'failed'),
  };
}
