import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, outOfChina, wgs84ToGcj02 } from '../../../../src/client/components/map/gcj02';
import { projectionFor } from '../../../../src/client/components/map/map-projection';

describe('WGS84 → GCJ-02', () => {
  it('shifts Pei county by about +0.0054° lon and −0.0010° lat (the geo README figure)', () => {
    const seat = { lng: 116.855, lat: 34.885 };
    const shifted = wgs84ToGcj02(seat);
    expect(shifted.lng - seat.lng).toBeCloseTo(0.0054, 3);
    expect(shifted.lat - seat.lat).toBeCloseTo(-0.001, 3);
  });

  it('matches the published value for Tiananmen', () => {
    const shifted = wgs84ToGcj02({ lng: 116.397428, lat: 39.90923 });
    expect(shifted.lng).toBeCloseTo(116.40367, 4);
    expect(shifted.lat).toBeCloseTo(39.91063, 4);
  });

  it('leaves points outside mainland China alone', () => {
    const london = { lng: -0.1276, lat: 51.5072 };
    expect(outOfChina(london)).toBe(true);
    expect(wgs84ToGcj02(london)).toEqual(london);
    expect(gcj02ToWgs84(london)).toEqual(london);
  });

  it('inverts to well under a centimetre across the town', () => {
    for (const lng of [116.79, 116.85, 116.97]) {
      for (const lat of [34.85, 34.9, 34.97]) {
        const back = gcj02ToWgs84(wgs84ToGcj02({ lng, lat }));
        expect(Math.abs(back.lng - lng)).toBeLessThan(1e-8);
        expect(Math.abs(back.lat - lat)).toBeLessThan(1e-8);
      }
    }
  });
});

describe('map projection', () => {
  it('draws WGS84 data as is on a WGS84 basemap', () => {
    const projection = projectionFor('wgs84');
    expect(projection.toMap(34.885, 116.855)).toEqual([34.885, 116.855]);
  });

  it('moves data onto a GCJ-02 basemap and picks back to WGS84', () => {
    const projection = projectionFor('gcj02');
    const [lat, lng] = projection.toMap(34.885, 116.855);
    expect(lng).toBeGreaterThan(116.86);
    const [backLat, backLng] = projection.fromMap(lat, lng);
    expect(backLat).toBeCloseTo(34.885, 8);
    expect(backLng).toBeCloseTo(116.855, 8);
    expect(projectionFor('gcj02')).toBe(projection);
  });
});
