import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';

const HLS_JS = resolve(import.meta.dirname, '../../node_modules/hls.js/dist/hls.min.js');

let ts: TestServer;
let browser: Browser;

beforeAll(async () => {
  ts = await startTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await ts?.stop();
});

describe('camera simulator streams decode', () => {
  it('ffprobe: served segments are baseline H.264 640×360 at 15 fps without B-frames, opening on a keyframe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-sim-'));
    try {
      for (const cam of ['CAM-0001', 'CAM-0002', 'CAM-0003', 'CAM-0004', 'CAM-0005']) {
        const playlist = await (await fetch(`${ts.baseUrl}/sim/hls/${cam}/index.m3u8`)).text();
        const uri = playlist.split('\n').filter((l) => l && !l.startsWith('#'))[0]!;
        const file = join(dir, `${cam}.ts`);
        writeFileSync(
          file,
          Buffer.from(await (await fetch(`${ts.baseUrl}/sim/hls/${cam}/${uri}`)).arrayBuffer()),
        );
        const probe = JSON.parse(
          execFileSync('/usr/bin/ffprobe', [
            ...['-v', 'error', '-select_streams', 'v:0', '-of', 'json'],
            ...[
              '-show_entries',
              'stream=codec_name,profile,width,height,r_frame_rate,has_b_frames:frame=pict_type',
            ],
            file,
          ]).toString(),
        ) as {
          streams: Array<Record<string, unknown>>;
          frames: Array<{ pict_type: string }>;
        };
        expect(probe.streams[0], cam).toMatchObject({
          codec_name: 'h264',
          profile: 'Constrained Baseline',
          width: 640,
          height: 360,
          r_frame_rate: '15/1',
          has_b_frames: 0,
        });
        expect(probe.frames.length, cam).toBe(15);
        expect(probe.frames[0]!.pict_type, cam).toBe('I');
        expect(
          probe.frames.some((f) => f.pict_type === 'B'),
          cam,
        ).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Debian chromium plays a live sim playlist with hls.js: time advances, frames decode', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${ts.baseUrl}/api/health`);
      await page.setContent('<video id="v" muted playsinline width="640" height="360"></video>');
      await page.addScriptTag({ path: HLS_JS });
      const result = await page.evaluate(async (src: string) => {
        const Hls = (
          window as unknown as {
            Hls: new () => { loadSource(s: string): void; attachMedia(v: HTMLVideoElement): void };
          }
        ).Hls;
        const video = document.getElementById('v') as HTMLVideoElement;
        const playing = new Promise<void>((done) =>
          video.addEventListener('playing', () => done(), { once: true }),
        );
        const hls = new Hls();
        hls.loadSource(src);
        hls.attachMedia(video);
        void video.play().catch(() => undefined);
        await playing;
        const ct0 = video.currentTime;
        const frames0 = video.getVideoPlaybackQuality().totalVideoFrames;
        // The bar: ≥ 3 s of playback within 8 s of the first `playing`.
        const deadline = performance.now() + 8000;
        while (video.currentTime - ct0 < 3 && performance.now() < deadline) {
          await new Promise((r) => setTimeout(r, 250));
        }
        return {
          advance: video.currentTime - ct0,
          frames: video.getVideoPlaybackQuality().totalVideoFrames - frames0,
          width: video.videoWidth,
          height: video.videoHeight,
        };
      }, `${ts.baseUrl}/sim/hls/CAM-0007/index.m3u8`);
      expect(result.advance).toBeGreaterThanOrEqual(3);
      expect(result.frames).toBeGreaterThan(30);
      expect([result.width, result.height]).toEqual([640, 360]);
    } finally {
      await page.close();
    }
  });
});
