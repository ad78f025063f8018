import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ClipShape } from './playlist';

/** One clip of media/sim, held in memory: the simulator reads no file after start. */
export interface SimClip extends ClipShape {
  label: string;
  segments: ReadonlyArray<{ ts: Buffer; jpeg: Buffer }>;
  /** Average bytes per second of video: what a live camera's `bytesReceived` grows by. */
  bytesPerSecond: number;
}

/** manifest.json as scripts/make-sim-clips.ts writes it (only what is read). */
const manifest = z.object({
  clip: z.string(),
  label: z.string(),
  segments: z.array(z.object({ file: z.string(), jpeg: z.string(), duration: z.number().positive() })).min(1),
});

export function loadClips(dir: string): SimClip[] {
  if (!existsSync(dir)) throw new Error(`camera simulator clips missing: ${dir}`);
  const clips = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'manifest.json')))
    .map((d) => d.name)
    .sort()
    .map((name): SimClip => {
      const m = manifest.parse(JSON.parse(readFileSync(join(dir, name, 'manifest.json'), 'utf8')));
      const segments = m.segments.map((s) => ({
        ts: readFileSync(join(dir, name, s.file)),
        jpeg: readFileSync(join(dir, name, s.jpeg)),
      }));
      const bytes = segments.reduce((sum, s) => sum + s.ts.length, 0);
      const seconds = m.segments.reduce((sum, s) => sum + s.duration, 0);
      return {
        name,
        label: m.label,
        durations: m.segments.map((s) => s.duration),
        segments,
        bytesPerSecond: Math.round(bytes / seconds),
      };
    });
  if (clips.length === 0) throw new Error(`no camera simulator clips in ${dir}`);
  return clips;
}
