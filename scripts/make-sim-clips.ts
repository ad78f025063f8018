/**
 * Makes the built-in camera simulator's clips (media/sim/<clip>/), once; the output is committed and
 * served by src/server/sim-media at run time, which needs no ffmpeg.
 *
 *   npx tsx scripts/make-sim-clips.ts        (needs Debian's /usr/bin/ffmpeg and the DejaVu / Noto CJK fonts)
 *
 * Each clip: a synthetic lavfi scene with a burned-in label, clock and frame counter, encoded as
 * baseline-profile H.264 640×360 at 15 fps with a keyframe every 15 frames (1-s GOP, no B-frames, no
 * scene-cut keyframes), cut into 1-s MPEG-TS segments, plus one JPEG of each segment's first frame
 * (000.jpg …) taken from the same decoded frames, and a manifest.json listing them. Segments are
 * stored as 000.m2t …, not .ts, which linters and formatters would take for TypeScript; the
 * simulator serves them as `<index>.ts`.
 * Bitrate is capped so that all clips together stay well under 8 MB.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FFMPEG = '/usr/bin/ffmpeg';
const OUT = resolve(import.meta.dirname, '..', 'media', 'sim');
const FPS = 15;
const MONO = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf';
const CJK = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';

interface ClipSpec {
  name: string;
  label: string;
  seconds: number;
  /** A lavfi source drawing the scene at 640×360 and FPS. */
  source: string;
  /** Extra filters before the text (colour, moving boxes …). */
  scene?: string;
}

const SIZE = `s=640x360:r=${FPS}`;
const CLIPS: ClipSpec[] = [
  { name: 'street', label: '东街路口 · 测试卡', seconds: 16, source: `testsrc2=${SIZE}` },
  {
    name: 'fractal',
    label: '河道巡查 · 分形',
    seconds: 14,
    source: `mandelbrot=${SIZE}:maxiter=160:start_scale=3:end_scale=0.2:end_pts=14`,
  },
  {
    name: 'market',
    label: '农贸市场 · 生命游戏',
    seconds: 18,
    source: `life=${SIZE}:mold=10:ratio=0.12:life_color=#3fd07a:death_color=#20306a:mold_color=#404040`,
  },
  {
    name: 'square',
    label: '文化广场 · 元胞',
    seconds: 12,
    source: `cellauto=${SIZE}:rule=110:scroll=1:random_fill_ratio=0.5`,
    scene: 'negate,colorchannelmixer=rr=0.6:gg=0.9:bb=1.0',
  },
  {
    name: 'park',
    label: '滨江公园 · 渐变',
    seconds: 15,
    source: `gradients=${SIZE}:speed=0.03:c0=#0b3d91:c1=#ff8c00:c2=#2e8b57:n=3`,
    scene:
      "drawbox=x='mod(t*90,600)':y=140:w=60:h=60:color=white@0.9:t=fill," +
      "drawbox=x='600-mod(t*60,600)':y=240:w=40:h=40:color=red@0.9:t=fill",
  },
];

function textFilters(label: string): string {
  const box = 'box=1:boxcolor=black@0.55:boxborderw=6';
  return [
    `drawtext=fontfile=${CJK}:text='${label}':x=12:y=12:fontsize=24:fontcolor=white:${box}`,
    // The clip's own clock and frame counter: a frozen picture or a skipped segment shows at a glance.
    `drawtext=fontfile=${MONO}:text='%{pts\\:hms}  #%{n}':x=12:y=h-40:fontsize=22:fontcolor=yellow:${box}`,
  ].join(',');
}

function makeClip(clip: ClipSpec): void {
  const dir = join(OUT, clip.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const chain = [clip.scene, textFilters(clip.label), 'format=yuv420p'].filter(Boolean).join(',');
  const graph = `[0:v]${chain},split[v][s];[s]select='not(mod(n\\,${FPS}))'[j]`;
  execFileSync(
    FFMPEG,
    [
      ...['-hide_banner', '-loglevel', 'error', '-y'],
      ...['-f', 'lavfi', '-t', String(clip.seconds), '-i', clip.source],
      ...['-filter_complex', graph],
      ...['-map', '[v]', '-c:v', 'libx264', '-profile:v', 'baseline', '-level', '3.0'],
      ...['-g', String(FPS), '-keyint_min', String(FPS), '-sc_threshold', '0', '-bf', '0'],
      ...['-crf', '27', '-maxrate', '320k', '-bufsize', '320k', '-r', String(FPS)],
      ...['-f', 'segment', '-segment_time', '1', '-segment_format', 'mpegts', '-reset_timestamps', '0'],
      ...['-segment_list', join(dir, 'segments.csv'), '-segment_list_type', 'csv'],
      join(dir, '%03d.m2t'),
      ...['-map', '[j]', '-fps_mode', 'passthrough', '-q:v', '7', '-start_number', '0'],
      join(dir, '%03d.jpg'),
    ],
    { stdio: 'inherit' },
  );
  // segments.csv: file,start,end per line.
  const rows = readFileSync(join(dir, 'segments.csv'), 'utf8').trim().split('\n');
  rmSync(join(dir, 'segments.csv'));
  const segments = rows.map((row, i) => {
    const [file = '', start = '0', end = '0'] = row.split(',');
    const jpeg = file.replace(/\.m2t$/, '.jpg');
    statSync(join(dir, jpeg)); // one JPEG per segment, or this throws
    return {
      index: i,
      file,
      jpeg,
      duration: Math.round((Number(end) - Number(start)) * 1000) / 1000,
      bytes: statSync(join(dir, file)).size,
    };
  });
  const manifest = {
    clip: clip.name,
    label: clip.label,
    codec: 'h264',
    profile: 'baseline',
    width: 640,
    height: 360,
    fps: FPS,
    segmentCount: segments.length,
    totalDuration: segments.reduce((s, x) => s + x.duration, 0),
    segments,
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const bytes = readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  console.log(`${clip.name}: ${segments.length} segments, ${(bytes / 1024).toFixed(0)} KiB`);
}

for (const clip of CLIPS) makeClip(clip);
