/**
 * A page with nothing but the wall map on 5,000 orders, 320 cameras and 350 staff, served by a
 * Vite dev server for wall-map.perf.test.ts. `fetch` answers from memory; `window.wallMapPerf`
 * lets the test patch the caches the way the realtime bridge does.
 */
import { createRoot } from 'react-dom/client';
import gridsGeoJson from '../../../../../../public/geo/yangtun_grids_wgs84.geojson?raw';
import { AppProviders } from '../../../../../../src/client/app/providers';
import { createQueryClient } from '../../../../../../src/client/app/query-client';
import { WallMap } from '../../../../../../src/client/features/wall/map/wall-map';
import { wallKeys } from '../../../../../../src/client/lib/wall/keys';
import { createConnectionStore } from '../../../../../../src/client/realtime/connection-store';
import type { WallMarkers } from '../../../../../../src/shared/schemas/wall';
import {
  gridsFromGeoJson,
  makeCameras,
  makeMarker,
  makeMarkers,
  makeStaff,
  makeSummary,
  random,
} from '../fake-entities';

const params = new URLSearchParams(window.location.search);
const scale = Number(params.get('scale') ?? '1');
const grids = gridsFromGeoJson(JSON.parse(gridsGeoJson));
const cameras = makeCameras(grids, 320);
const staff = makeStaff(grids, 350);
const markers = makeMarkers(grids, Number(params.get('orders') ?? '5000'));
const summary = makeSummary(
  grids.map((g, i) => ({
    gridId: g.grid_id,
    open: i * 3,
    overdue: i % 4,
    redCards: i % 3,
    onTimeRate: i / 51,
  })),
);

const routes: Record<string, () => unknown> = {
  '/api/grids': () => ({ items: grids, total: grids.length }),
  '/api/cameras': () => ({ items: cameras, total: cameras.length }),
  '/api/staff': () => ({ items: staff, total: staff.length }),
  '/api/wall/markers': () => ({ asOfSeq: 1, items: markers }),
  '/api/wall/summary': () => summary,
};
window.fetch = async (input: RequestInfo | URL): Promise<Response> => {
  const url = new URL(typeof input === 'string' ? input : input.toString(), window.location.href);
  const route = routes[url.pathname];
  const body = route ? route() : { error: { code: 'not_found', message: url.pathname } };
  return new Response(JSON.stringify(body), {
    status: route ? 200 : 404,
    headers: { 'Content-Type': 'application/json' },
  });
};

const queryClient = createQueryClient();
const next = random(99);
let serial = 100_000;

/** One socket event's worth of change: an order opens, one closes, one turns overdue. */
function patchOnce(): void {
  queryClient.setQueryData<WallMarkers>(wallKeys.markers(), (old) => {
    if (!old) return old;
    const items = old.items.slice(1);
    const flip = Math.floor(next() * items.length);
    const flipped = items[flip];
    if (flipped) items[flip] = { ...flipped, overdue: !flipped.overdue, version: flipped.version + 1 };
    const grid = grids[Math.floor(next() * grids.length)]!;
    const [lng, lat] = grid.geometry.coordinates[0]![0]!;
    items.push(
      makeMarker(serial++, { gridId: grid.grid_id, location: { lat: lat + 0.001, lng: lng + 0.001 } }),
    );
    return { ...old, items };
  });
}

declare global {
  interface Window {
    wallMapPerf: { patchOnce: () => void };
  }
}
window.wallMapPerf = { patchOnce };

createRoot(document.getElementById('root')!).render(
  <AppProviders queryClient={queryClient} connectionStore={createConnectionStore()} locale="zh-CN">
    <div style={{ width: '100vw', height: '100vh' }}>
      <WallMap measure="open" scale={scale} />
    </div>
  </AppProviders>,
);
