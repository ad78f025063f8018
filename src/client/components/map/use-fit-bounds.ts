import { useEffect, useEffectEvent } from 'react';
import { latLngBounds } from 'leaflet';
import type { Map as LeafletMap } from 'leaflet';
import type { GeoBounds } from './geo-bounds';
import type { MapProjection } from './map-projection';

/** Zoom used before the container has a size (hidden scene, jsdom): any view beats none. */
const FALLBACK_ZOOM = 12;

function fit(map: LeafletMap, bounds: GeoBounds, projection: MapProjection, padding: number): void {
  const box = latLngBounds([
    projection.toMap(bounds.south, bounds.west),
    projection.toMap(bounds.north, bounds.east),
  ]);
  const size = map.getSize();
  if (size.x <= 2 * padding || size.y <= 2 * padding) {
    map.setView(box.getCenter(), FALLBACK_ZOOM, { animate: false });
    return;
  }
  map.fitBounds(box, { padding: [padding, padding], animate: false });
}

/**
 * The wall is unattended: show the whole town when the data first arrives and again whenever the
 * box changes size (scene switch, window resize), whatever an earlier visitor panned to.
 */
export function useFitBounds(
  map: LeafletMap,
  bounds: GeoBounds | null,
  projection: MapProjection,
  padding: number,
): void {
  const refit = useEffectEvent((): void => {
    if (bounds) fit(map, bounds, projection, padding);
  });
  // Primitive deps: a refetch that returns the same grids must not yank the view back.
  const { south, west, north, east } = bounds ?? { south: NaN, west: NaN, north: NaN, east: NaN };

  useEffect(
    function fitToBounds() {
      refit();
    },
    [map, south, west, north, east, projection],
  );

  useEffect(
    function refitOnResize() {
      let frame = 0;
      const onResize = (): void => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          map.invalidateSize({ animate: false, pan: false });
          refit();
        });
      };
      if (typeof ResizeObserver === 'undefined') {
        window.addEventListener('resize', onResize);
        return function stopWatchingWindow() {
          cancelAnimationFrame(frame);
          window.removeEventListener('resize', onResize);
        };
      }
      const observer = new ResizeObserver(onResize);
      observer.observe(map.getContainer());
      return function stopWatchingSize() {
        cancelAnimationFrame(frame);
        observer.disconnect();
      };
    },
    [map],
  );
}
