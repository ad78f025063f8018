import { describe, expect, it } from 'vitest';
import {
  liveWindow,
  placementOf,
  renderPlaylist,
  WINDOW_SIZE,
  type ClipShape,
} from '../../../src/server/sim-media/playlist';

const clips: ClipShape[] = ['a', 'b', 'c', 'd'].map((name, i) => ({
  name,
  durations: Array.from({ length: 12 + i }, () => 1),
}));
const second = 1_795_000_000; // a wall-clock second, as floor(epochMs / 1000)

/** The playlist's tags and segment lines, parsed back. */
function parse(text: string): {
  tags: Map<string, number>;
  segments: string[];
  discontinuityBefore: string[];
} {
  const tags = new Map<string, number>();
  const segments: string[] = [];
  const discontinuityBefore: string[] = [];
  let pendingDisc = false;
  for (const line of text.trim().split('\n')) {
    const tag = /^#(EXT-X-[A-Z-]+):(\d+)$/.exec(line);
    if (tag) tags.set(tag[1]!, Number(tag[2]));
    else if (line === '#EXT-X-DISCONTINUITY') pendingDisc = true;
    else if (!line.startsWith('#')) {
      segments.push(line);
      if (pendingDisc) discontinuityBefore.push(line);
      pendingDisc = false;
    }
  }
  return { tags, segments, discontinuityBefore };
}

describe('sim-media live playlist', () => {
  const placement = placementOf('CAM-0001', clips);
  const clip = clips[placement.clip]!;

  it('lists a window of at least 4 one-second segments with the live HLS header', () => {
    const text = renderPlaylist(liveWindow(placement, clip, second));
    expect(text.startsWith('#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n')).toBe(true);
    expect(text).not.toContain('#EXT-X-ENDLIST');
    const { segments } = parse(text);
    expect(segments.length).toBe(WINDOW_SIZE);
    expect(segments.length).toBeGreaterThanOrEqual(4);
    expect(segments.every((s) => /^[a-d]\/\d+\.ts$/.test(s))).toBe(true);
  });

  it('advances the media sequence by one each second, sliding the window by one segment', () => {
    const now = parse(renderPlaylist(liveWindow(placement, clip, second)));
    const next = parse(renderPlaylist(liveWindow(placement, clip, second + 1)));
    expect(next.tags.get('EXT-X-MEDIA-SEQUENCE')).toBe(now.tags.get('EXT-X-MEDIA-SEQUENCE')! + 1);
    expect(next.segments.slice(0, -1)).toEqual(now.segments.slice(1));
  });

  it('tags the segment where the clip loops with a discontinuity, keeping the discontinuity sequence consistent', () => {
    const count = clip.durations.length;
    // Every window over two full loops: a loop point is tagged, and each segment's discontinuity
    // number (sequence + tags up to it) is the same in every playlist that lists it.
    const dsnOf = new Map<number, number>();
    let tagged = 0;
    for (let s = second; s < second + 2 * count; s++) {
      const w = liveWindow(placement, clip, s);
      let dsn = w.discontinuitySequence;
      for (const seg of w.segments) {
        if (seg.discontinuity) dsn++;
        expect(seg.discontinuity).toBe(seg.index === 0);
        if (dsnOf.has(seg.seq)) expect(dsnOf.get(seg.seq)).toBe(dsn);
        dsnOf.set(seg.seq, dsn);
      }
      const parsed = parse(renderPlaylist(w));
      tagged += parsed.discontinuityBefore.filter((u) => u.endsWith('/0.ts')).length;
      expect(parsed.discontinuityBefore.every((u) => u.endsWith('/0.ts'))).toBe(true);
    }
    expect(tagged).toBeGreaterThan(0);
  });

  it('gives neighbouring cameras different pictures (another clip)', () => {
    for (let n = 1; n < 320; n++) {
      const a = placementOf(`CAM-${String(n).padStart(4, '0')}`, clips);
      const b = placementOf(`CAM-${String(n + 1).padStart(4, '0')}`, clips);
      expect(a.clip).not.toBe(b.clip);
    }
    expect(placementOf('CAM-0001', clips)).toEqual(placementOf('CAM-0001', clips));
  });

  it('holds still when the live second is held (a frozen camera)', () => {
    const frozen = renderPlaylist(liveWindow(placement, clip, second));
    expect(renderPlaylist(liveWindow(placement, clip, second))).toBe(frozen);
  });
});
