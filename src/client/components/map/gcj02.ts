/**
 * WGS84 ↔ GCJ-02 (the "Mars" datum of Amap and Tencent tiles). Our layers are WGS84 (RFC 7946), so
 * when the basemap is GCJ-02 every vector coordinate is moved onto it instead of the tiles being
 * moved onto us. The forward formula is the published one; the inverse is solved by iteration.
 */

/** Krasovsky 1940 ellipsoid, which the GCJ-02 formula uses. */
const A = 6378245.0;
const EE = 0.006693421622965943;

export interface LngLat {
  lng: number;
  lat: number;
}

/** GCJ-02 only applies inside mainland China; elsewhere the datum is plain WGS84. */
export function outOfChina({ lng, lat }: LngLat): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function offsetLat(x: number, y: number): number {
  let ret = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  ret += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  ret += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  ret += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return ret;
}

function offsetLng(x: number, y: number): number {
  let ret = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  ret += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  ret += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  ret += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return ret;
}

export function wgs84ToGcj02(point: LngLat): LngLat {
  if (outOfChina(point)) return { lng: point.lng, lat: point.lat };
  const { lng, lat } = point;
  const radLat = (lat / 180) * Math.PI;
  const sin = Math.sin(radLat);
  const magic = 1 - EE * sin * sin;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (offsetLat(lng - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (offsetLng(lng - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lng: lng + dLng, lat: lat + dLat };
}

/** Fixed-point iteration: the offset varies slowly, so a few rounds reach well under a millimetre. */
export function gcj02ToWgs84(point: LngLat): LngLat {
  if (outOfChina(point)) return { lng: point.lng, lat: point.lat };
  let guess = { lng: point.lng, lat: point.lat };
  for (let i = 0; i < 10; i += 1) {
    const forward = wgs84ToGcj02(guess);
    const dLng = point.lng - forward.lng;
    const dLat = point.lat - forward.lat;
    guess = { lng: guess.lng + dLng, lat: guess.lat + dLat };
    if (Math.abs(dLng) < 1e-10 && Math.abs(dLat) < 1e-10) break;
  }
  return guess;
}
