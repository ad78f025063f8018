import { cleanup, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../../src/client/app/providers';
import { TownMap } from '../../../../src/client/components/map/town-map';
import { useTownMap } from '../../../../src/client/components/map/town-map-context';
import { renderWithProviders } from '../../render';
import { realLayers } from '../../features/wall/map/wall-map-fakes';
import { stubLeafletEnvironment } from './leaflet-jsdom';

let restore: () => void;
beforeEach(() => {
  restore = stubLeafletEnvironment();
});
afterEach(() => {
  cleanup();
  restore();
});

const town = { south: 34.855, west: 116.797, north: 34.975, east: 116.973 };

/** What a reusing screen (the console's pin picker) would do: read the map from context. */
function Probe(): ReactElement {
  const { map, projection, scale } = useTownMap();
  const centre = map.getCenter();
  return (
    <output
      data-testid="probe"
      data-crs={projection.crs}
      data-scale={scale}
      data-lat={centre.lat}
      data-lng={centre.lng}
    />
  );
}

describe('TownMap', () => {
  it('mounts its layers once it has a view, centred on the box it was asked to fit', async () => {
    renderWithProviders(
      <TownMap layers={undefined} fitTo={town} scale={2}>
        <Probe />
      </TownMap>,
    );
    const probe = await screen.findByTestId('probe');
    expect(Number(probe.dataset.lat)).toBeCloseTo(34.915, 2);
    expect(Number(probe.dataset.lng)).toBeCloseTo(116.885, 2);
    expect(probe.dataset.crs).toBe('wgs84');
    expect(probe.dataset.scale).toBe('2');
  });

  it('waits with its layers while there is nothing to show', async () => {
    const { container } = renderWithProviders(
      <TownMap layers={undefined} fitTo={null}>
        <Probe />
      </TownMap>,
    );
    await waitFor(() => expect(container.querySelector('.leaflet-container')).not.toBeNull());
    expect(screen.queryByTestId('probe')).toBeNull();
  });

  it('draws in GCJ-02 when the basemap is an Amap/Tencent one', async () => {
    renderWithProviders(
      <TownMap layers={realLayers({ tiles: { url: '/t/{z}/{x}/{y}.png', crs: 'gcj02' } })} fitTo={town}>
        <Probe />
      </TownMap>,
    );
    expect((await screen.findByTestId('probe')).dataset.crs).toBe('gcj02');
  });

  it('writes the attribution as text and adds the 示意 note only for schematic layers', async () => {
    const layers = realLayers({
      attribution: '© 天地图 <img src=x onerror=alert(1)>',
      synthetic: { town: false, villages: false, grids: false },
    });
    const { container, rerender, queryClient, store } = renderWithProviders(
      <TownMap layers={layers} fitTo={town} />,
    );
    const attribution = () => container.querySelector('.leaflet-control-attribution');
    await waitFor(() => expect(attribution()?.textContent).toBe('© 天地图 <img src=x onerror=alert(1)>'));
    expect(attribution()?.querySelector('img')).toBeNull();
    rerender(
      <AppProviders queryClient={queryClient} connectionStore={store} locale="zh-CN">
        <TownMap layers={layers} fitTo={town} syntheticGrids />
      </AppProviders>,
    );
    await waitFor(() => expect(attribution()?.textContent).toContain('示意：网格为示意数据'));
  });
});
