import type { Camera } from '../../../shared/schemas/town';
import { snapshotSrc } from './snapshot-src';

/** The stream a tile plays: HLS of the sub stream; H.265 needs transcoding and plays nowhere. */
export function tilePlaylist(camera: Camera): string | null {
  const sub = camera.streams.sub;
  if (sub.codec !== 'h264') return null;
  return sub.hls ?? sub.llhls ?? null;
}

/**
 * Warms the next patrol page without players: its stills through `new Image()` and its playlists
 * through `fetch`, so the page starts from warm connections and caches when it shows.
 * Returns how many requests were started.
 */
export function prefetchPage(cameras: readonly Camera[], now: number, signal?: AbortSignal): number {
  let started = 0;
  for (const camera of cameras) {
    if (camera.snapshotUrl) {
      const img = new Image();
      img.decoding = 'async';
      img.src = snapshotSrc(camera.snapshotUrl, now);
      started += 1;
    }
    const playlist = camera.status === 'offline' ? null : tilePlaylist(camera);
    if (playlist) {
      fetch(playlist, { credentials: 'same-origin', ...(signal ? { signal } : {}) }).then(
        (response) => response.text(),
        () => undefined, // a prefetch that fails costs nothing; the tile shows the error itself
      );
      started += 1;
    }
  }
  return started;
}
