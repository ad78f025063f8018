import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Map as LeafletMap } from 'leaflet';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../../../src/client/app/providers';
import { WallMap } from '../../../../../src/client/features/wall/map/wall-map';
import { wallKeys } from '../../../../../src/client/lib/wall/keys';
import type { MapLayers } from '../../../../../src/shared/schemas/map';
import type { WallMarkers } from '../../../../../src/shared/schemas/wall';
import { leafletPosition, stubLeafletEnvironment } from '../../../components/map/leaflet-jsdom';
import { fakeFetch, json } from '../../../fixtures';
import { renderWithProviders } from '../../../render';
import {
  makeCameras,
  makeMarker,
  makeMarkers,
  makeStaff,
  makeSummary,
  realGrids,
  realLayers,
} from './wall-map-fakes';

const grids = realGrids();
const cameras = makeCameras(grids, 320);
const staff = makeStaff(grids, 350);
const markers = makeMarkers(grids, 5000);
const onDutyWithPosition = staff.filter((s) => s.onDuty && s.position).length;

let layers: MapLayers | null;
let restore: () => void;

beforeEach(() => {
  restore = stubLeafletEnvironment();
  layers = null;
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      '/api/map/layers': () => layers ?? json({ error: { code: 'not_found', message: 'no layers' } }, 404),
      '/api/grids': () => ({ items: grids, total: grids.length }),
      '/api/cameras': () => ({ items: cameras, total: cameras.length }),
      '/api/staff': () => ({ items: staff, total: staff.length }),
      '/api/wall/markers': () => ({ asOfSeq: 10, items: markers }),
      '/api/wall/summary': () =>
        makeSummary(
          grids.map((g, i) => ({
            gridId: g.grid_id,
            open: i,
            overdue: i % 3,
            redCards: i % 4,
            onTimeRate: i % 5 === 0 ? null : i / 51,
          })),
        ),
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  restore();
});

function mapElement(): HTMLElement {
  return screen.getByTestId('wall-map');
}

/** Clicks the map's canvas where a grid's label is centred, as a user tapping the label would. */
function clickLabelCentre(gridId: string): void {
  const root = mapElement();
  const label = root.querySelector(`.wall-map-label[data-grid-id="${gridId}"]`);
  const icon = label?.closest('.leaflet-marker-icon');
  const pane = root.querySelector('.leaflet-map-pane');
  const canvas = root.querySelector('.leaflet-overlay-pane canvas');
  if (!icon || !pane || !canvas) throw new Error(`no label or canvas for ${gridId}`);
  const at = leafletPosition(icon);
  const offset = leafletPosition(pane);
  fireEvent.click(canvas, { clientX: at.x + offset.x, clientY: at.y + offset.y });
}

async function renderLoaded(ui = <WallMap measure="open" scale={1} />) {
  const rendered = renderWithProviders(ui);
  await waitFor(() => expect(mapElement().dataset.orders).toBe('5000'));
  await waitFor(() => expect(mapElement().dataset.cameras).toBe('320'));
  return rendered;
}

describe('WallMap', () => {
  it('draws the 51 grids, every camera, the on-duty staff and all open orders without the outline route', async () => {
    await renderLoaded();
    expect(mapElement().dataset.grids).toBe('51');
    expect(mapElement().dataset.staff).toBe(String(onDutyWithPosition));
    const labels = mapElement().querySelectorAll<HTMLElement>('.wall-map-label[data-grid-id]');
    expect(labels).toHaveLength(51);
    expect([...labels].every((label) => label.style.pointerEvents === 'none')).toBe(true);
    // The town overview clusters 5,000 orders into a few dozen bubbles, not 5,000 DOM nodes.
    const bubbles = mapElement().querySelectorAll('.wall-map-cluster').length;
    expect(bubbles).toBeGreaterThan(0);
    expect(bubbles).toBeLessThan(300);
    // Without the layers route the schematic grids still carry the 示意 note.
    expect(mapElement().querySelector('.leaflet-control-attribution')?.textContent).toContain('示意');
  });

  it('labels each grid with its value for the chosen measure and names the measure in the legend', async () => {
    const { rerender, queryClient, store } = await renderLoaded();
    const label = (id: string) => mapElement().querySelector(`.wall-map-label[data-grid-id="${id}"]`);
    await waitFor(() =>
      expect(label(grids[7]!.grid_id)?.querySelector('.wall-map-label__value')?.textContent).toBe('7'),
    );
    expect(label(grids[7]!.grid_id)?.textContent).toContain(grids[7]!.name);
    expect(screen.getByTestId('map-legend').textContent).toContain('网格着色：在办工单');
    expect(screen.getByTestId('legend-max').textContent).toBe('50');

    rerender(
      <AppProviders queryClient={queryClient} connectionStore={store} locale="zh-CN">
        <WallMap measure="onTime" scale={1} />
      </AppProviders>,
    );
    await waitFor(() => expect(screen.getByTestId('map-legend').dataset.measure).toBe('onTime'));
    expect(label(grids[5]!.grid_id)?.querySelector('.wall-map-label__value')?.textContent).toBe('—');
    expect(label(grids[11]!.grid_id)?.querySelector('.wall-map-label__value')?.textContent).toBe('22%');
    expect(screen.getByTestId('legend-max').textContent).toBe('100%');
  });

  it('opens a grid’s panel from a click on its label’s centre, and closes it', async () => {
    const onGridOpen = vi.fn();
    await renderLoaded(<WallMap measure="open" scale={1} onGridOpen={onGridOpen} />);
    // A basic grid partly under a specialised one, a specialised one, and an ordinary one.
    for (const gridId of ['YT-JC-04', 'YT-ZS-03', 'YT-JC-20']) {
      clickLabelCentre(gridId);
      const panel = await screen.findByTestId('grid-panel');
      expect(panel.dataset.gridId).toBe(gridId);
      expect(onGridOpen).toHaveBeenLastCalledWith(gridId);
    }
    const panel = screen.getByTestId('grid-panel');
    expect(within(panel).getAllByTestId('grid-panel-order')).toHaveLength(10);
    fireEvent.click(within(panel).getByRole('button', { name: '关闭' }));
    expect(screen.queryByTestId('grid-panel')).toBeNull();
    expect(onGridOpen).toHaveBeenLastCalledWith(null);
  });

  it('switches layers off and on', async () => {
    await renderLoaded();
    fireEvent.click(screen.getByRole('button', { name: '探头' }));
    await waitFor(() => expect(mapElement().dataset.cameras).toBe('0'));
    fireEvent.click(screen.getByRole('button', { name: '工单' }));
    await waitFor(() => expect(mapElement().dataset.orders).toBe('0'));
    expect(mapElement().querySelectorAll('.wall-map-cluster')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '网格' }));
    await waitFor(() => expect(mapElement().dataset.grids).toBe('0'));
    expect(mapElement().querySelectorAll('.wall-map-label')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '探头' }));
    fireEvent.click(screen.getByRole('button', { name: '网格' }));
    await waitFor(() => expect(mapElement().dataset.cameras).toBe('320'));
    await waitFor(() => expect(mapElement().dataset.grids).toBe('51'));
  });

  it('follows the cache as the realtime bridge patches it: an order opens, another closes', async () => {
    const { queryClient } = await renderLoaded();
    const extra = makeMarker(9001, {
      gridId: grids[3]!.grid_id,
      overdue: true,
      location: { lat: 34.9, lng: 116.87 },
    });
    queryClient.setQueryData<WallMarkers>(wallKeys.markers(), (old) =>
      old ? { ...old, items: [...old.items, extra] } : old,
    );
    await waitFor(() => expect(mapElement().dataset.orders).toBe('5001'));
    queryClient.setQueryData<WallMarkers>(wallKeys.markers(), (old) =>
      old ? { ...old, items: old.items.slice(2) } : old,
    );
    await waitFor(() => expect(mapElement().dataset.orders).toBe('4999'));
  });

  it('draws the outlines, the attribution and the 示意 note once the layers route answers', async () => {
    layers = realLayers({ attribution: '行政区划边界 © 天地图 <b>MIT</b>' });
    await renderLoaded();
    const attribution = mapElement().querySelector('.leaflet-control-attribution');
    await waitFor(() => expect(attribution?.textContent).toContain('行政区划边界 © 天地图 <b>MIT</b>'));
    expect(attribution?.textContent).toContain('示意：镇界、村界、网格为示意数据');
    expect(attribution?.querySelector('b')).toBeNull();
  });

  it('adds the basemap when one is configured', async () => {
    layers = realLayers({ tiles: { url: '/tiles/{z}/{x}/{y}.png', crs: 'gcj02' } });
    await renderLoaded();
    await waitFor(() => expect(mapElement().querySelector('.town-map__tiles')).not.toBeNull());
  });

  it('draws everything once under StrictMode (effects run twice in development)', async () => {
    await renderLoaded(
      <StrictMode>
        <WallMap measure="open" scale={1} />
      </StrictMode>,
    );
    await waitFor(() => expect(mapElement().dataset.grids).toBe('51'));
    expect(mapElement().querySelectorAll('.leaflet-container')).toHaveLength(1);
    expect(mapElement().querySelectorAll('.wall-map-label')).toHaveLength(51);
    expect(mapElement().querySelectorAll('.leaflet-control-attribution')).toHaveLength(1);
    const bubbles = [...mapElement().querySelectorAll('.wall-map-cluster__count')];
    const represented = bubbles.reduce((sum, bubble) => sum + Number(bubble.textContent), 0);
    expect(represented).toBeLessThanOrEqual(5000);
  });

  it('removes the Leaflet map and everything on it when unmounted', async () => {
    const { unmount } = await renderLoaded();
    const remove = vi.spyOn(LeafletMap.prototype, 'remove');
    unmount();
    expect(remove).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.leaflet-container')).toBeNull();
  });
});
