import { describe, expect, it } from 'vitest';
import { parseEnv, tileSettings } from '../../../src/server/config';

describe('TILE_URL and the basemap of GET /api/map/layers', () => {
  it('offers no basemap without TILE_URL', () => {
    expect(tileSettings(undefined)).toBeNull();
    expect(parseEnv({}).TILE_URL).toBeUndefined();
  });

  it('says gcj02 for Amap and Tencent hosts, wgs84 for everything else', () => {
    const crs = (url: string) => tileSettings(url)?.crs;
    expect(crs('https://webrd0{s}.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}')).toBe('gcj02');
    expect(crs('https://wprd0{s}.amap.com/appmaptile?x={x}&y={y}&z={z}')).toBe('gcj02');
    expect(crs('https://rt{s}.map.gtimg.com/tile?z={z}&x={x}&y={-y}')).toBe('gcj02');
    expect(crs('https://map.qq.com/tiles/{z}/{x}/{y}.png')).toBe('gcj02');
    expect(crs('http://t{s}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=k')).toBe(
      'wgs84',
    );
    expect(crs('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('wgs84');
    // A path or query merely mentioning amap does not make the host Amap's.
    expect(crs('https://tiles.town.example/amap-style/{z}/{x}/{y}.png')).toBe('wgs84');
    expect(crs('https://notqq.com.example/{z}/{x}/{y}.png')).toBe('wgs84');
    expect(crs('/tiles/{z}/{x}/{y}.png')).toBe('wgs84');
  });

  it('refuses a TILE_URL that is not a tile template at start', () => {
    expect(() => parseEnv({ TILE_URL: 'tiles.example/{z}/{x}/{y}.png' })).toThrow(/TILE_URL/);
    expect(() => parseEnv({ TILE_URL: 'https://tiles.example/map.png' })).toThrow(/TILE_URL/);
    expect(parseEnv({ TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png' }).TILE_URL).toBe(
      'https://tiles.example/{z}/{x}/{y}.png',
    );
    expect(() => parseEnv({ TILE_URL: 'nonsense' })).toThrow(/TILE_URL/);
  });
});
