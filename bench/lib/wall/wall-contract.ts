/**
 * Everything the wall benchmark and the wall's browser tests assume about the page, in one place:
 * the /wall screen is being rebuilt, so when its markup changes only this file should need to.
 */

/** The default wall, as a command centre opens it (also the page whose JavaScript is weighed). */
export const WALL_PATH = '/wall';

/** The wall is live: its socket is connected (the foundation wall's header shows this banner). */
export const WALL_READY = '[data-testid="connection-banner"][data-state="connected"]';

/**
 * A new work order in the wall's ticker / latest list. The rebuilt wall puts `[data-order-id]`
 * inside `[data-testid="wall-ticker"]`; the foundation wall renders `latest-order` rows. Both are
 * accepted so the benchmark runs against either.
 */
export const TICKER_ORDER =
  '[data-testid="wall-ticker"] [data-order-id], [data-testid="latest-order"][data-order-id]';

/** The attribute that carries the order id on a ticker row. */
export const ORDER_ID_ATTR = 'data-order-id';

/** The Leaflet map container the pan drags over. */
export const WALL_MAP = '[data-testid="wall-map"]';

/** Leaflet moves the view by translating this pane inside the map; its transform shows a pan happened. */
export const MAP_PANE = '.leaflet-map-pane';

/** The wall scene that shows the map at its largest (the pan's page). */
export const PAN_PATH = '/wall?scene=map';

/** The markers endpoint the map loads its open orders from; the pan waits for it. */
export const MARKERS_API = '/api/wall/markers';

/** The heap watchdog's reload counter: incremented in sessionStorage before each reload. */
export const RELOAD_COUNTER_KEY = 'wall.reloads';

/** The wall URL with the watchdog's test parameters (threshold in MB, check period in ms). */
export function watchdogPath(heapLimitMb: number, heapCheckMs: number, scene = 'overview'): string {
  return `/wall?scene=${scene}&heapLimitMb=${heapLimitMb}&heapCheckMs=${heapCheckMs}`;
}

/** The demo user the wall screens log in as. */
export const WALL_USER = 'wall';

/** The baseline page, served by the benchmark at the app's own origin so the session cookie applies. */
export const BARE_PATH = '/bench-bare';
/** Each socket event becomes one such row in the bare page. */
export const BARE_ORDER = '#bare-log > [data-order-id]';

/**
 * Chromium flags the wall measurements need: exact `performance.memory` (the watchdog reads it;
 * without the flag Chromium quantises it and refreshes it rarely).
 */
export const WALL_CHROMIUM_ARGS = ['--enable-precise-memory-info'];
