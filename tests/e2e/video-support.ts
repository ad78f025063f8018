import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, login } from '../helpers/test-server';

/** Camera as the e2e tests need it (the REST shape, trimmed). */
export interface CameraRow {
  id: string;
  gridId: string;
  status: string;
  streams: { sub: { codec: string; hls?: string } };
}

export async function sessionCookie(
  baseUrl: string,
  username: string,
): Promise<{ name: string; value: string }> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const [name, value] = (res.headers.get('set-cookie') ?? '').split(';')[0]!.split('=');
  return { name: name!, value: value! };
}

export async function camerasAs(baseUrl: string, username: string): Promise<CameraRow[]> {
  const s = await login(baseUrl, username);
  const res = await s.request('GET', '/api/cameras?limit=1000');
  return (res.body as { items: CameraRow[] }).items;
}

export async function gridsAs(
  baseUrl: string,
  username: string,
): Promise<{ grid_id: string; village_id: string | null }[]> {
  const s = await login(baseUrl, username);
  const res = await s.request('GET', '/api/grids?limit=1000');
  return (res.body as { items: { grid_id: string; village_id: string | null }[] }).items;
}

export const playable = (c: CameraRow): boolean => c.status !== 'offline' && c.streams.sub.codec === 'h264';

/**
 * Installed before the app loads: records each tile's first `playing` (time, currentTime, decoded
 * frames) and 8 s later the same again; times API calls made from the page meanwhile; keeps
 * <video> elements removed from the page so the test can check that their players were emptied.
 */
function probe(): void {
  interface Probe {
    first: Record<string, { at: number; ct: number; frames: number }>;
    results: Record<string, { advance: number; frames0: number; frames8: number }>;
    apiMs: { ms: number; status: number }[];
    removed: HTMLVideoElement[];
  }
  const p: Probe = { first: {}, results: {}, apiMs: [], removed: [] };
  (window as unknown as { __probe: Probe }).__probe = p;
  performance.setResourceTimingBufferSize(100_000);
  document.addEventListener(
    'playing',
    (event) => {
      const v = event.target;
      if (!(v instanceof HTMLVideoElement)) return;
      const id = v.closest('[data-camera-id]')?.getAttribute('data-camera-id');
      if (!id || p.first[id]) return;
      const start = {
        at: performance.now(),
        ct: v.currentTime,
        frames: v.getVideoPlaybackQuality().totalVideoFrames,
      };
      p.first[id] = start;
      for (const delay of [2000, 4000, 6000]) {
        setTimeout(async () => {
          const t0 = performance.now();
          const res = await fetch('/api/work-orders?limit=1', { credentials: 'same-origin' });
          await res.text();
          p.apiMs.push({ ms: performance.now() - t0, status: res.status });
        }, delay);
      }
      setTimeout(() => {
        p.results[id] = {
          advance: v.currentTime - start.ct,
          frames0: start.frames,
          frames8: v.getVideoPlaybackQuality().totalVideoFrames,
        };
      }, 8000);
    },
    true,
  );
  new MutationObserver((mutations) => {
    for (const m of mutations)
      for (const node of m.removedNodes)
        if (node instanceof Element)
          p.removed.push(
            ...(node.matches('video') ? [node as HTMLVideoElement] : [...node.querySelectorAll('video')]),
          );
  }).observe(document, { childList: true, subtree: true });
}

export async function openVideoPage(
  browser: Browser,
  baseUrl: string,
  cookie: { name: string; value: string },
  path: string,
  groups: { name: string; cameraIds: string[] }[] = [],
  viewport = { width: 1920, height: 1080 },
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  await context.addCookies([{ ...cookie, url: baseUrl }]);
  await context.addInitScript(
    (list) => window.localStorage.setItem('gridcommand.video.groups', JSON.stringify(list)),
    groups,
  );
  await context.addInitScript(probe);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}${path}`);
  return { page, context, errors };
}

/** Mean absolute RGB difference between each tile and its right-hand and lower neighbours. */
export function neighbourDifferences(page: Page, side: number): Promise<number[]> {
  return page.evaluate((n) => {
    const videos = [...document.querySelectorAll<HTMLVideoElement>('[data-testid="video-tile"] video')];
    const pixels = videos.map((v) => {
      const c = document.createElement('canvas');
      c.width = 64;
      c.height = 36;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(v, 0, 0, 64, 36);
      return ctx.getImageData(0, 0, 64, 36).data;
    });
    const diff = (a: Uint8ClampedArray, b: Uint8ClampedArray): number => {
      let sum = 0;
      for (let i = 0; i < a.length; i += 4)
        sum += Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
      return sum / ((a.length / 4) * 3);
    };
    const out: number[] = [];
    pixels.forEach((px, i) => {
      if ((i + 1) % n !== 0 && pixels[i + 1]) out.push(diff(px, pixels[i + 1]!));
      if (pixels[i + n]) out.push(diff(px, pixels[i + n]!));
    });
    return out;
  }, side);
}

/** Samples the wall every `everyMs` for `forMs`: videos present, live hls.js players, the page shown. */
export async function samplePatrol(
  page: Page,
  forMs: number,
  everyMs = 200,
): Promise<{ videos: number; live: number; page: string; ids: string[] }[]> {
  const samples = [];
  const until = Date.now() + forMs;
  while (Date.now() < until) {
    samples.push(
      await page.evaluate(() => ({
        videos: document.querySelectorAll('video').length,
        live: window.__gridcommandVideo?.live ?? 0,
        page: document.querySelector('[data-testid="video-patrol"]')?.getAttribute('data-page') ?? '',
        ids: [...document.querySelectorAll('[data-testid="video-tile"]')].map(
          (t) => t.getAttribute('data-camera-id') ?? '',
        ),
      })),
    );
    await page.waitForTimeout(everyMs);
  }
  return samples;
}

/** Removed <video> elements still holding a source (a player that was not emptied). */
export function removedWithSource(page: Page): Promise<{ removed: number; withSource: number }> {
  return page.evaluate(() => {
    const removed = (window as unknown as { __probe: { removed: HTMLVideoElement[] } }).__probe.removed;
    return {
      removed: removed.length,
      withSource: removed.filter(
        (v) =>
          v.hasAttribute('src') || (v.currentSrc !== '' && v.networkState !== HTMLMediaElement.NETWORK_EMPTY),
      ).length,
    };
  });
}
