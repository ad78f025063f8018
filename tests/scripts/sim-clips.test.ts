import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIM_CLIP_DIR } from '../../src/server/sim-media/setup';

const sizeOf = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? sizeOf(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );

describe('committed camera simulator clips (media/sim)', () => {
  const clips = readdirSync(SIM_CLIP_DIR).filter((n) => statSync(join(SIM_CLIP_DIR, n)).isDirectory());

  it('are at least four clips, at most 8 MB in all', () => {
    expect(clips.length).toBeGreaterThanOrEqual(4);
    expect(sizeOf(SIM_CLIP_DIR)).toBeLessThanOrEqual(8 * 1024 * 1024);
  });

  it.each(clips)('%s: 1-s MPEG-TS segments, each with its JPEG, as the manifest lists', (clip) => {
    const dir = join(SIM_CLIP_DIR, clip);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      width: number;
      height: number;
      fps: number;
      segmentCount: number;
      segments: Array<{ file: string; jpeg: string; duration: number }>;
    };
    expect(manifest).toMatchObject({ width: 640, height: 360, fps: 15 });
    expect(manifest.segments).toHaveLength(manifest.segmentCount);
    expect(manifest.segmentCount).toBeGreaterThanOrEqual(10);
    for (const s of manifest.segments) {
      expect(s.duration).toBe(1);
      expect(readFileSync(join(dir, s.file))[0]).toBe(0x47);
      expect([...readFileSync(join(dir, s.jpeg)).subarray(0, 2)]).toEqual([0xff, 0xd8]);
    }
    expect(readdirSync(dir).length).toBe(2 * manifest.segmentCount + 1);
  });
});
