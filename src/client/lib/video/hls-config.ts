import type { HlsConfig } from 'hls.js';

/**
 * Settings for wall tiles: many small live players at once, so buffers stay short (memory grows
 * with tiles × buffer) and the back buffer is trimmed to ~10 s. Plain (not low-latency) HLS: a wall
 * tolerates a few seconds of delay, and LL-HLS holds a blocking request per tile open.
 */
export const TILE_HLS_CONFIG: Partial<HlsConfig> = {
  lowLatencyMode: false,
  backBufferLength: 10,
  maxBufferLength: 8,
  maxMaxBufferLength: 12,
  liveSyncDurationCount: 3,
  enableWorker: true,
  // The tile's own stall watchdog reconnects; hls.js should not keep retrying a dead camera for long.
  manifestLoadPolicy: {
    default: {
      maxTimeToFirstByteMs: 5000,
      maxLoadTimeMs: 10_000,
      timeoutRetry: { maxNumRetry: 1, retryDelayMs: 0, maxRetryDelayMs: 0 },
      errorRetry: { maxNumRetry: 1, retryDelayMs: 1000, maxRetryDelayMs: 4000 },
    },
  },
};

/** The focused view has one player: a longer buffer is cheap and smooths the main stream. */
export const FOCUS_HLS_CONFIG: Partial<HlsConfig> = {
  ...TILE_HLS_CONFIG,
  maxBufferLength: 20,
  maxMaxBufferLength: 30,
};
