import type Hls from 'hls.js';

export type HlsClass = typeof Hls;

let loading: Promise<HlsClass> | null = null;

/**
 * hls.js (~140 KB compressed) is fetched only when a tile first plays, as its own chunk, so screens
 * without video — the default /wall among them — do not download it.
 */
export function loadHls(): Promise<HlsClass> {
  loading ??= import('hls.js').then(
    (m) => m.default,
    (error: unknown) => {
      loading = null; // a failed chunk load may succeed on the next reconnect
      throw error;
    },
  );
  return loading;
}
