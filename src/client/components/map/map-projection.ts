import { gcj02ToWgs84, wgs84ToGcj02 } from './gcj02';

export type MapCrs = 'wgs84' | 'gcj02';
/** Leaflet's [lat, lng] order, as `L.LatLngTuple` (kept structural so this module needs no DOM). */
export type LatLngPair = [number, number];

/**
 * Data is WGS84 everywhere; the map draws in the basemap's datum. Layers call `toMap` on every
 * coordinate they draw and `fromMap` on anything picked from the map (a pin, a click).
 */
export interface MapProjection {
  crs: MapCrs;
  toMap(lat: number, lng: number): LatLngPair;
  fromMap(lat: number, lng: number): LatLngPair;
}

const identity: MapProjection = {
  crs: 'wgs84',
  toMap: (lat, lng) => [lat, lng],
  fromMap: (lat, lng) => [lat, lng],
};

const gcj02: MapProjection = {
  crs: 'gcj02',
  toMap: (lat, lng) => {
    const p = wgs84ToGcj02({ lat, lng });
    return [p.lat, p.lng];
  },
  fromMap: (lat, lng) => {
    const p = gcj02ToWgs84({ lat, lng });
    return [p.lat, p.lng];
  },
};

/** The same object for the same datum, so effects keyed on the projection do not rerun. */
export function projectionFor(crs: MapCrs): MapProjection {
  return crs === 'gcj02' ? gcj02 : identity;
}
