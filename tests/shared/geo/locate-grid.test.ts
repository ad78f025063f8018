import { describe, expect, it } from 'vitest';
import { locateGrid } from '../../../src/shared/geo/locate-grid';
import { distanceMetres, pointInPolygon } from '../../../src/shared/geo/point-in-polygon';
import { TOWN } from '../../helpers/seeded-repo';

const centroid = (ring: ReadonlyArray<readonly [number, number]>): { lat: number; lng: number } => {
  const pts = ring.slice(0, -1);
  return {
    lng: pts.reduce((s, p) => s + p[0], 0) / pts.length,
    lat: pts.reduce((s, p) => s + p[1], 0) / pts.length,
  };
};

describe('grid lookup', () => {
  it('finds the basic grid of a point inside it', () => {
    const where = locateGrid({ lat: 34.8809, lng: 116.85527 }, TOWN.grids);
    expect(where).toMatchObject({ kind: 'in-grid', gridId: 'YT-JC-01', villageId: 'V01' });
  });

  it('lets a specialised grid win over the basic grid under it, keeping the village', () => {
    for (const special of TOWN.grids.filter((g) => g.type === 'specialised')) {
      const p = centroid(special.geometry.coordinates[0]!);
      if (!pointInPolygon(p.lng, p.lat, special.geometry.coordinates)) continue;
      const where = locateGrid(p, TOWN.grids);
      expect(where.gridId).toBe(special.grid_id);
      const basic = TOWN.grids.find(
        (g) => g.type === 'basic' && pointInPolygon(p.lng, p.lat, g.geometry.coordinates),
      );
      expect(where.villageId).toBe(basic?.village_id ?? null);
    }
  });

  it('sends a point outside every grid to the town centre queue', () => {
    expect(locateGrid({ lat: 34.5, lng: 117.2 }, TOWN.grids)).toEqual({
      kind: 'out-of-grid',
      gridId: null,
      villageId: null,
      basicGridId: null,
      queue: 'town-centre',
    });
  });

  it('places every basic grid centroid in a grid', () => {
    for (const g of TOWN.grids.filter((x) => x.type === 'basic')) {
      const where = locateGrid(centroid(g.geometry.coordinates[0]!), TOWN.grids);
      expect(where.kind, g.grid_id).toBe('in-grid');
    }
  });

  it('treats holes as outside', () => {
    const square: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const hole: [number, number][] = [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ];
    expect(pointInPolygon(5, 5, [square])).toBe(true);
    expect(pointInPolygon(5, 5, [square, hole])).toBe(false);
    expect(pointInPolygon(11, 5, [square])).toBe(false);
  });

  it('measures distances in metres', () => {
    const d = distanceMetres({ lat: 34.88, lng: 116.85 }, { lat: 34.88 + 200 / 111_195, lng: 116.85 });
    expect(d).toBeGreaterThan(199);
    expect(d).toBeLessThan(201);
  });
});
