import { useEffect, useMemo, useState } from 'react';
import type { CSSProperties, ReactElement, ReactNode } from 'react';
import { canvas } from 'leaflet';
import type { Map as LeafletMap, Path } from 'leaflet';
import { MapContainer, useMap } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import type { MapLayers } from '../../../shared/schemas/map';
import { useT } from '../../app/i18n/i18n';
import { createCanvasStack } from './canvas-stack';
import type { GeoBounds } from './geo-bounds';
import { projectionFor } from './map-projection';
import { TownMapContext, useTownMap } from './town-map-context';
import type { TownMapValue } from './town-map-context';
import { useFitBounds } from './use-fit-bounds';
import { useMapAttribution } from './use-map-attribution';
import { useOutlineLayers } from './use-outline-layers';
import { useTileLayer } from './use-tile-layer';
import './town-map.css';

export interface TownMapProps {
  /** Outlines, attribution and optional tiles; undefined until (or unless) GET /api/map/layers answers. */
  layers: MapLayers | undefined;
  /** WGS84 box shown when it first arrives and after every resize. */
  fitTo: GeoBounds | null;
  /** The caller draws schematic layers of its own (the grids come from GET /api/grids). */
  syntheticGrids?: boolean;
  /** CSS px per design px (the wall's 1920×1080 design); strokes, padding and text scale with it. */
  scale?: number;
  className?: string;
  /** Layers drawn with useTownMap(); mounted once the map has a view. */
  children?: ReactNode;
}

/**
 * The town's base map: one Leaflet map for the component's life, one shared canvas renderer, no
 * zoom animation (an 8K canvas re-rasterised mid-animation stutters), context outlines, optional
 * tiles, attribution with the 示意 note. Layers are children that use `useTownMap()`.
 */
export function TownMap({
  layers,
  fitTo,
  syntheticGrids = false,
  scale = 1,
  className,
  children,
}: TownMapProps): ReactElement {
  // MapContainer reads its options once; the renderer must be the same object for the map's life.
  const [renderer] = useState(() => canvas({ padding: 0.1 }));
  const style = { '--map-scale': String(scale) } as CSSProperties;
  return (
    <div className={className ? `town-map ${className}` : 'town-map'} style={style}>
      <MapContainer
        className="town-map__leaflet"
        renderer={renderer}
        preferCanvas
        zoomControl={false}
        attributionControl={false}
        zoomAnimation={false}
        fadeAnimation={false}
        markerZoomAnimation={false}
        zoomSnap={0.1}
        zoomDelta={0.5}
        wheelPxPerZoomLevel={120}
        minZoom={7}
        maxZoom={19}
      >
        <TownMapLayers layers={layers} fitTo={fitTo} syntheticGrids={syntheticGrids} scale={scale}>
          {children}
        </TownMapLayers>
      </MapContainer>
    </div>
  );
}

function TownMapLayers({
  layers,
  fitTo,
  syntheticGrids,
  scale,
  children,
}: Required<Pick<TownMapProps, 'layers' | 'fitTo' | 'syntheticGrids' | 'scale'>> & {
  children: ReactNode;
}): ReactElement {
  const map = useMap();
  const t = useT();
  const [stack] = useState(() => createCanvasStack<Path>(map));
  const projection = projectionFor(layers?.tiles?.crs ?? 'wgs84');
  const value = useMemo<TownMapValue>(
    () => ({ map, stack, projection, scale }),
    [map, stack, projection, scale],
  );
  const ready = useMapReady(map);

  const synthetic = [
    layers?.synthetic.town ? t('wallMap.synthetic.town') : null,
    layers?.synthetic.villages ? t('wallMap.synthetic.villages') : null,
    layers?.synthetic.grids || syntheticGrids ? t('wallMap.synthetic.grids') : null,
  ].filter((name): name is string => name !== null);
  const note =
    synthetic.length > 0
      ? t('wallMap.synthetic.note', { layers: synthetic.join(t('wallMap.listSeparator')) })
      : '';

  useTileLayer(map, layers?.tiles?.url ?? null);
  useFitBounds(map, fitTo, projection, 16 * scale);
  useMapAttribution(map, [layers?.attribution ?? '', note], scale);

  return (
    <TownMapContext value={value}>
      {ready ? (
        <>
          <OutlineLayers layers={layers} />
          {children}
        </>
      ) : null}
    </TownMapContext>
  );
}

function OutlineLayers({ layers }: { layers: MapLayers | undefined }): null {
  useOutlineLayers(layers, useTownMap());
  return null;
}

/** Layers are mounted only once the map has a view, so they are drawn in mount order, synchronously. */
function useMapReady(map: LeafletMap): boolean {
  const [ready, setReady] = useState(false);
  useEffect(
    function waitForView() {
      const onReady = (): void => setReady(true);
      map.whenReady(onReady);
      return function stopWaiting() {
        map.off('load', onReady);
      };
    },
    [map],
  );
  return ready;
}
