import type { PathOptions } from 'leaflet';
import type { AreaCollection } from '../../../shared/schemas/map';
import type { LatLngPair, MapProjection } from './map-projection';

export type OutlineKind = 'neighbours' | 'county' | 'town' | 'villageAreas';
/** Back to front: the stacking order of the context layers under the grids. */
export const OUTLINE_KINDS: readonly OutlineKind[] = ['neighbours', 'county', 'town', 'villageAreas'];

/** Context layers stay quiet on the dark wall: the grids and markers above them carry the meaning. */
export function outlineStyle(kind: OutlineKind, scale: number): PathOptions {
  const px = (n: number): number => n * scale;
  switch (kind) {
    case 'neighbours':
      return { color: '#1f3553', weight: px(1), fillColor: '#0a1627', fillOpacity: 0.6, interactive: false };
    case 'county':
      return {
        color: '#35557d',
        weight: px(1.5),
        fillColor: '#0b1a2e',
        fillOpacity: 0.5,
        interactive: false,
      };
    case 'town':
      return {
        color: '#3ea6ff',
        weight: px(2.5),
        fillColor: '#0e1d33',
        fillOpacity: 0.6,
        interactive: false,
      };
    case 'villageAreas':
      return {
        color: '#4a6b92',
        weight: px(1),
        dashArray: `${px(4)} ${px(4)}`,
        fill: false,
        interactive: false,
      };
  }
}

type Geometry = AreaCollection['features'][number]['geometry'];

/** GeoJSON [lng, lat] rings to Leaflet [lat, lng] rings in the map's datum; a MultiPolygon nests once more. */
export function toLatLngRings(
  geometry: Geometry,
  projection: MapProjection,
): LatLngPair[][] | LatLngPair[][][] {
  const ring = (positions: ReadonlyArray<readonly number[]>): LatLngPair[] =>
    positions.map(([lng = 0, lat = 0]) => projection.toMap(lat, lng));
  return geometry.type === 'Polygon'
    ? geometry.coordinates.map(ring)
    : geometry.coordinates.map((polygon) => polygon.map(ring));
}
