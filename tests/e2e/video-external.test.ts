import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { login, startTestServer, type Session, type TestServer } from '../helpers/test-server';
import { openVideoPage, sessionCookie } from './video-support';

/**
 * Issue 5 point 7, real sites: a stream from a media server on another origin. ffmpeg plays the
 * part of MediaMTX — it listens for RTSP, a second ffmpeg publishes to it, and the first writes
 * HLS that a small CORS-enabled server serves from its own port; the app only stores the URL.
 * An H.265-only camera (real H.265 HLS from libx265) shows 需转码 and creates no <video>.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const CLIP = readdirSync(join(ROOT, 'media/sim/street'))
  .filter((f) => f.endsWith('.m2t'))
  .map((f) => join(ROOT, 'media/sim/street', f));

interface ProbeWindow {
  __probe: { results: Record<string, { advance: number; frames0: number; frames8: number } | undefined> };
}

let t: TestServer;
let browser: Browser;
let admin: Session;
let media: Server;
let mediaUrl = '';
const children: ChildProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), 'gc-external-hls-'));
const mediaRequests: string[] = [];

function ffmpeg(args: string[]): ChildProcess {
  const child = spawn('ffmpeg', ['-hide_banner', '-loglevel', 'error', ...args], { stdio: 'ignore' });
  children.push(child);
  return child;
}

/** Resolves once `file` exists and holds `min` segment lines (the stream is live), else rejects. */
async function playlistReady(file: string, min: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (
      existsSync(file) &&
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.endsWith('.ts')).length >= min
    )
      return;
    if (Date.now() > until) throw new Error(`${file} not ready within ${timeoutMs} ms`);
    // ffmpeg writes files, it sends no event: the file system is polled.
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  media = createServer((req, res) => {
    mediaRequests.push(req.url ?? '');
    const file = join(dir, (req.url ?? '/').split('?')[0]!.replace(/^\/+/, ''));
    res.setHeader('access-control-allow-origin', '*');
    if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
    res.setHeader('content-type', file.endsWith('.m3u8') ? 'application/vnd.apple.mpegurl' : 'video/mp2t');
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => media.listen(0, '127.0.0.1', r));
  mediaUrl = `http://127.0.0.1:${(media.address() as AddressInfo).port}`;

  // RTSP → HLS, as a media server turns a camera's RTSP into HLS (H.264 copied, not re-encoded).
  const rtsp = `rtsp://127.0.0.1:${18554 + Math.floor(Math.random() * 1000)}/cam`;
  ffmpeg([
    '-rtsp_flags',
    'listen',
    '-i',
    rtsp,
    '-c',
    'copy',
    '-f',
    'hls',
    '-hls_time',
    '1',
    '-hls_list_size',
    '6',
    '-hls_flags',
    'delete_segments',
    join(dir, 'h264.m3u8'),
  ]);
  // Give the listener a moment to bind before the publisher connects (it retries below otherwise).
  await new Promise((r) => setTimeout(r, 800));
  ffmpeg(['-re', '-stream_loop', '-1', '-i', `concat:${CLIP.join('|')}`, '-c', 'copy', '-f', 'rtsp', rtsp]);
  // A real H.265 stream, as a camera that only speaks H.265 would publish it.
  ffmpeg([
    '-re',
    '-f',
    'lavfi',
    '-i',
    'testsrc2=size=320x180:rate=10',
    '-c:v',
    'libx265',
    '-preset',
    'ultrafast',
    '-x265-params',
    'log-level=error:keyint=10:min-keyint=10',
    '-f',
    'hls',
    '-hls_time',
    '1',
    '-hls_list_size',
    '6',
    '-hls_flags',
    'delete_segments',
    join(dir, 'h265.m3u8'),
  ]);
  await Promise.all([
    playlistReady(join(dir, 'h264.m3u8'), 3, 30_000),
    playlistReady(join(dir, 'h265.m3u8'), 2, 30_000),
  ]);

  t = await startTestServer({}, { serveClient: true });
  browser = await launchChromium();
  admin = await login(t.baseUrl, 'admin');
  for (const [id, codec, url] of [
    ['EXT-H264', 'h264', `${mediaUrl}/h264.m3u8`],
    ['EXT-H265', 'h265', `${mediaUrl}/h265.m3u8`],
  ] as const) {
    const res = await admin.request('POST', '/api/cameras', {
      id,
      name: `外部流-${codec}`,
      source: 'community',
      gridId: 'YT-JC-01',
      location: { lat: 34.8809, lng: 116.85527 },
      ptz: false,
      streams: {
        sub: { hls: url, codec, width: codec === 'h264' ? 640 : 320, height: codec === 'h264' ? 360 : 180 },
      },
      snapshotUrl: `/sim/snapshot/CAM-0001.jpg`,
      health: { kind: 'none' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
}, 120_000);

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await browser?.close();
  await t?.stop();
  await new Promise((r) => media?.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('cameras on a media server of their own', () => {
  it('plays an external H.264 HLS camera from its own origin; an H.265 one says 需转码 and has no <video>', async () => {
    const cookie = await sessionCookie(t.baseUrl, 'operator');
    const { page, context, errors } = await openVideoPage(
      browser,
      t.baseUrl,
      cookie,
      '/console/video?patrol=group:ext&layout=4&paused=1',
      [{ name: 'ext', cameraIds: ['EXT-H264', 'EXT-H265'] }],
    );
    const appRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(t.baseUrl) && /\.(m3u8|ts)(\?|$)/.test(r.url())) appRequests.push(r.url());
    });
    try {
      const h264 = page.locator('[data-testid="video-tile"][data-camera-id="EXT-H264"]');
      const h265 = page.locator('[data-testid="video-tile"][data-camera-id="EXT-H265"]');
      await expect.poll(() => h264.getAttribute('data-state'), { timeout: 30_000 }).toBe('playing');
      await expect
        .poll(
          () => page.evaluate(() => Boolean((window as unknown as ProbeWindow).__probe.results['EXT-H264'])),
          {
            timeout: 20_000,
          },
        )
        .toBe(true);
      const result = await page.evaluate(
        () => (window as unknown as ProbeWindow).__probe.results['EXT-H264']!,
      );
      expect(result.advance).toBeGreaterThanOrEqual(3);
      expect(result.frames8).toBeGreaterThan(result.frames0);
      expect(mediaRequests.some((u) => u.endsWith('.ts'))).toBe(true);
      // The browser fetched the stream from the media server, not through the app.
      expect(appRequests).toEqual([]);

      expect(await h265.getAttribute('data-state')).toBe('needs-transcode');
      expect(await h265.textContent()).toContain('需转码');
      expect(await h265.locator('video').count()).toBe(0);
      expect(await h265.locator('img').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
