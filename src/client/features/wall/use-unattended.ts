import { useEffect, useState } from 'react';
import type { WallScene } from '../../../shared/schemas/wall';
import { nextScene } from './wall-params';

/** Rotates scenes like a playlist, without reloading anything. */
export function useSceneRotation(start: WallScene, rotate: boolean, seconds: number): WallScene {
  const [scene, setScene] = useState(start);
  useEffect(
    function rotateScenes() {
      if (!rotate) return undefined;
      const timer = setInterval(() => setScene((s) => nextScene(s)), seconds * 1000);
      return function stopRotating() {
        clearInterval(timer);
      };
    },
    [rotate, seconds],
  );
  return scene;
}

/** Keeps the screen awake while the wall is visible (re-acquired when the tab becomes visible again). */
export function useWakeLock(): void {
  useEffect(function holdWakeLock() {
    let lock: WakeLockSentinel | null = null;
    let disposed = false;
    const acquire = async (): Promise<void> => {
      if (!('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
      try {
        lock = await navigator.wakeLock.request('screen');
        if (disposed) void lock.release();
      } catch {
        // Refused (no user gesture yet, power saving): the wall works on, the OS may blank it.
      }
    };
    const onVisible = (): void => void acquire();
    void acquire();
    document.addEventListener('visibilitychange', onVisible);
    return function releaseWakeLock() {
      disposed = true;
      document.removeEventListener('visibilitychange', onVisible);
      if (lock) void lock.release();
    };
  }, []);
}

/** Pixel-shift against burn-in: a few design pixels on a slow square path (one step per period). */
export const PIXEL_SHIFT_PATH: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [2, 0],
  [2, 2],
  [0, 2],
];
const PIXEL_SHIFT_PERIOD_MS = 3 * 60_000;

export function usePixelShift(): readonly [number, number] {
  const [step, setStep] = useState(0);
  useEffect(function shiftSlowly() {
    const timer = setInterval(() => setStep((s) => (s + 1) % PIXEL_SHIFT_PATH.length), PIXEL_SHIFT_PERIOD_MS);
    return function stopShifting() {
      clearInterval(timer);
    };
  }, []);
  return PIXEL_SHIFT_PATH[step]!;
}

interface MemoryInfo {
  usedJSHeapSize: number;
}

/** The JS heap in use, where the browser tells it (Chromium's performance.memory). */
export function usedHeapBytes(): number | null {
  const memory = (performance as Performance & { memory?: MemoryInfo }).memory;
  return memory ? memory.usedJSHeapSize : null;
}

export const RELOADS_KEY = 'wall.reloads';

/**
 * A last line of defence for weeks of running: when the heap passes the limit, reload the page at
 * the same URL (scene, name, measure kept). Caches and charts are bounded; this catches what is not.
 */
export function useHeapWatchdog(limitMb: number, checkMs: number): void {
  useEffect(
    function watchHeap() {
      const timer = setInterval(() => {
        const used = usedHeapBytes();
        if (used === null || used < limitMb * 1024 * 1024) return;
        clearInterval(timer);
        const reloads = Number(sessionStorage.getItem(RELOADS_KEY) ?? '0') + 1;
        sessionStorage.setItem(RELOADS_KEY, String(reloads));
        window.location.replace(window.location.href);
      }, checkMs);
      return function stopWatching() {
        clearInterval(timer);
      };
    },
    [limitMb, checkMs],
  );
}
