/**
 * The simulator's live HLS timeline, as pure functions of the clock (no I/O): each camera plays one
 * clip in a loop from its own offset, one 1-s segment per wall-clock second, so every camera's
 * playlist advances by itself and a restart continues where the clock is.
 *
 * Segment `seq` (the media sequence number) is the wall-clock second it ends the window at; it shows
 * clip segment `(seq + offset) mod count`. Where that index wraps to 0 the clip loops: its
 * timestamps jump back, so the segment carries EXT-X-DISCONTINUITY, and the discontinuity sequence
 * of a segment is how many loops came before it: floor((seq + offset) / count).
 */

/** What the timeline needs to know of a clip. */
export interface ClipShape {
  name: string;
  durations: readonly number[];
}

export interface Placement {
  clip: number;
  offset: number;
}

export interface WindowSegment {
  seq: number;
  clip: string;
  index: number;
  duration: number;
  discontinuity: boolean;
}

export interface LiveWindow {
  mediaSequence: number;
  discontinuitySequence: number;
  segments: WindowSegment[];
}

/** Segments listed in each playlist (a player starts about three from the live edge). */
export const WINDOW_SIZE = 6;

/** FNV-1a: a stable 32-bit hash, the same on every start and platform. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Which clip a camera plays and from where. Ids ending in a number (CAM-0001, CAM-0002 …) take the
 * clip by that number, so neighbours always play different clips; others by hash.
 */
export function placementOf(cameraId: string, clips: readonly ClipShape[]): Placement {
  if (clips.length === 0) throw new Error('no clips');
  const digits = /(\d+)$/.exec(cameraId)?.[1];
  const hash = stableHash(cameraId);
  const clip = (digits !== undefined ? Number(digits) : hash) % clips.length;
  const count = clips[clip]?.durations.length ?? 1;
  return { clip, offset: stableHash(`${cameraId}#offset`) % count };
}

/** The window whose newest segment is `liveSecond` (floor of epoch ms / 1000, or the frozen second). */
export function liveWindow(
  placement: Placement,
  clip: ClipShape,
  liveSecond: number,
  size = WINDOW_SIZE,
): LiveWindow {
  const count = clip.durations.length;
  const first = liveSecond - size + 1;
  const segments: WindowSegment[] = [];
  for (let seq = first; seq <= liveSecond; seq++) {
    const index = (seq + placement.offset) % count;
    segments.push({
      seq,
      clip: clip.name,
      index,
      duration: clip.durations[index] ?? 1,
      discontinuity: index === 0,
    });
  }
  const loopsAtFirst = Math.floor((first + placement.offset) / count);
  // The first segment's own tag (if it has one) counts inside the playlist, not before it.
  const discontinuitySequence = loopsAtFirst - (segments[0]?.discontinuity ? 1 : 0);
  return { mediaSequence: first, discontinuitySequence, segments };
}

/** The media playlist text; segment URIs are relative to the playlist (`<clip>/<index>.ts`). */
export function renderPlaylist(window: LiveWindow): string {
  const target = Math.max(1, ...window.segments.map((s) => Math.ceil(s.duration)));
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    `#EXT-X-TARGETDURATION:${target}`,
    `#EXT-X-MEDIA-SEQUENCE:${window.mediaSequence}`,
    `#EXT-X-DISCONTINUITY-SEQUENCE:${window.discontinuitySequence}`,
  ];
  for (const s of window.segments) {
    if (s.discontinuity) lines.push('#EXT-X-DISCONTINUITY');
    lines.push(`#EXTINF:${s.duration.toFixed(3)},`, `${s.clip}/${s.index}.ts`);
  }
  return `${lines.join('\n')}\n`;
}
