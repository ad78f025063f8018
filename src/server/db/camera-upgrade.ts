import type { Camera } from '../../shared/schemas/town';

/**
 * Cameras stored before the video registry (2026-11-28) carried one `streamUrl` (the simulator's
 * HLS playlist) and no `streams` or `health`. Rows are JSON, so they are upgraded as they are read:
 * a sub stream of 640×360 H.264 at that URL, and health read where the simulator publishes it.
 * A row already in the current shape comes back as it is.
 */
export function upgradeCamera(stored: Camera | (Omit<Camera, 'streams' | 'health'> & LegacyFields)): Camera {
  if ('streams' in stored && stored.streams) return stored as Camera;
  const { streamUrl, ...rest } = stored as Omit<Camera, 'streams' | 'health'> & LegacyFields;
  const url = streamUrl ?? `/sim/hls/${rest.id}/index.m3u8`;
  return {
    ...rest,
    streams: { sub: { hls: url, codec: 'h264', width: 640, height: 360 } },
    health: url.startsWith('/sim/')
      ? { kind: 'mediamtx', url: '/sim/v3/paths/list', path: rest.id }
      : { kind: 'none' },
  };
}

interface LegacyFields {
  streamUrl?: string | null;
}
