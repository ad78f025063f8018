import { useEffect, useState, type RefObject } from 'react';
import type { HlsConfig } from 'hls.js';
import { loadHls } from '../../lib/video/load-hls';
import { playerCreated, playerDestroyed } from '../../lib/video/live-players';
import { backoffMs, observe, startWatch } from './stall-watch';

/** `unsupported`: neither MediaSource nor native HLS here — the tile falls back to its still. */
export type PlayerState = 'loading' | 'playing' | 'stalled' | 'unsupported';

const WATCH_EVERY_MS = 1000;

/**
 * Plays `url` into the <video> with one hls.js instance at a time. A watchdog reconnects when the
 * picture stops advancing for ~6 s or hls.js reports a fatal error, backing off 1 s, 2 s, 4 s …;
 * unmounting (or a new url) destroys the instance and empties the element.
 */
export function useHlsPlayer(
  videoRef: RefObject<HTMLVideoElement | null>,
  url: string | null,
  config: Partial<HlsConfig>,
): PlayerState {
  const [state, setState] = useState<PlayerState>('loading');

  useEffect(
    function playStream() {
      const video = videoRef.current;
      if (!video || !url) return;
      let cancelled = false;
      let attempt = 0;
      let destroyHls: (() => void) | null = null;
      let retryTimer: ReturnType<typeof setTimeout> | undefined;
      let watch = startWatch(Date.now());

      function teardown(): void {
        destroyHls?.();
        destroyHls = null;
        if (!video) return;
        video.removeAttribute('src');
        video.load(); // drops the decoder and whatever it buffered
      }

      function reconnect(): void {
        if (cancelled || retryTimer !== undefined) return;
        teardown();
        setState('stalled');
        retryTimer = setTimeout(() => {
          retryTimer = undefined;
          void start();
        }, backoffMs(attempt));
        attempt += 1;
      }

      async function start(): Promise<void> {
        if (!video || !url) return;
        watch = startWatch(Date.now());
        setState('loading');
        let Hls;
        try {
          Hls = await loadHls();
        } catch {
          reconnect();
          return;
        }
        if (cancelled) return;
        if (Hls.isSupported()) {
          const hls = new Hls(config);
          playerCreated();
          destroyHls = () => {
            hls.destroy();
            playerDestroyed();
          };
          hls.on(Hls.Events.ERROR, (_event, data) => {
            if (data.fatal) reconnect();
          });
          hls.loadSource(url);
          hls.attachMedia(video);
        } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
          video.src = url; // Safari plays HLS itself
        } else {
          setState('unsupported');
          return;
        }
        video.play().catch(() => undefined); // muted autoplay; a refusal shows as a stall
      }

      function handlePlaying(): void {
        attempt = 0;
        setState('playing');
      }

      const watchdog = setInterval(() => {
        if (cancelled || retryTimer !== undefined || !video) return;
        const seen = observe(watch, video.currentTime, Date.now());
        watch = seen.watch;
        if (seen.stalled) reconnect();
      }, WATCH_EVERY_MS);

      video.addEventListener('playing', handlePlaying);
      void start();
      return function stopStream() {
        cancelled = true;
        clearInterval(watchdog);
        clearTimeout(retryTimer);
        video.removeEventListener('playing', handlePlaying);
        teardown();
      };
    },
    [videoRef, url, config],
  );

  return url ? state : 'unsupported';
}
