import { createContext, useContext } from 'react';
import type { Map as LeafletMap, Path } from 'leaflet';
import type { CanvasStack } from './canvas-stack';
import type { MapProjection } from './map-projection';

/** What a layer inside <TownMap> needs besides the Leaflet map itself. */
export interface TownMapValue {
  map: LeafletMap;
  /** Add every canvas path through this, so stacking survives data arriving in any order. */
  stack: CanvasStack<Path>;
  projection: MapProjection;
  /** CSS px per design px (1920×1080 design): multiply radii and strokes by it. */
  scale: number;
}

export const TownMapContext = createContext<TownMapValue | null>(null);

export function useTownMap(): TownMapValue {
  const value = useContext(TownMapContext);
  if (!value) throw new Error('useTownMap outside <TownMap>');
  return value;
}
