import { parseSelection, type PatrolSelection } from './patrol-selection';

export const LAYOUTS = [1, 4, 9, 16] as const;
export type Layout = (typeof LAYOUTS)[number];
export const DEFAULT_LAYOUT: Layout = 9;
export const MIN_INTERVAL_S = 5;
export const MAX_INTERVAL_S = 300;
const DEFAULT_INTERVAL_S = 30;

/** `?layout=9&patrol=grid:YT-JC-01&interval=5&paused=1` — a video view can be bookmarked. */
export interface VideoParams {
  layout: Layout;
  selection: PatrolSelection;
  intervalMs: number;
  /** Whether the patrol starts running (a `patrol` parameter, or the wall scene, starts it). */
  running: boolean;
}

export function isLayout(n: number): n is Layout {
  return LAYOUTS.some((l) => l === n);
}

export function clampInterval(seconds: number): number {
  return Math.min(MAX_INTERVAL_S, Math.max(MIN_INTERVAL_S, Math.round(seconds)));
}

export function parseVideoParams(search: string, opts: { runByDefault: boolean }): VideoParams {
  const q = new URLSearchParams(search);
  const layout = Number(q.get('layout'));
  const seconds = Number(q.get('interval'));
  // `intervalMs` is for tests (the patrol test runs 2-s rounds); people get 5–300 s.
  const testMs = Number(q.get('intervalMs'));
  const intervalMs =
    Number.isFinite(testMs) && testMs >= 500
      ? Math.min(testMs, MAX_INTERVAL_S * 1000)
      : (Number.isFinite(seconds) && seconds > 0 ? clampInterval(seconds) : DEFAULT_INTERVAL_S) * 1000;
  return {
    layout: isLayout(layout) ? layout : DEFAULT_LAYOUT,
    selection: parseSelection(q.get('patrol')),
    intervalMs,
    running: q.get('paused') !== '1' && (opts.runByDefault || q.has('patrol')),
  };
}
