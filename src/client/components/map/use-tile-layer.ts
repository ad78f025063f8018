import { useEffect } from 'react';
import { tileLayer } from 'leaflet';
import type { Map as LeafletMap } from 'leaflet';

/** Optional basemap (TILE_URL). Without it the map is the vector layers alone, which is the default. */
export function useTileLayer(map: LeafletMap, url: string | null): void {
  useEffect(
    function addTileLayer() {
      if (!url) return undefined;
      const layer = tileLayer(url, { className: 'town-map__tiles', maxZoom: 19, updateWhenIdle: true });
      layer.addTo(map);
      return function removeTileLayer() {
        layer.remove();
      };
    },
    [map, url],
  );
}
