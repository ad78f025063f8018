import { describe, expect, it } from 'vitest';
import { projectionFor } from '../../../../../src/client/components/map/map-projection';
import { buildGridShapes, gridLabelAnchors } from '../../../../../src/client/features/wall/map/grid-shapes';
import { pointInPolygon } from '../../../../../src/shared/geo/point-in-polygon';
import { realGrids } from './wall-map-fakes';

const grids = realGrids();

describe('grid label anchors', () => {
  it('puts every label inside its grid, and no basic grid’s label under a specialised grid', () => {
    const anchors = gridLabelAnchors(grids);
    const overlays = grids.filter((g) => g.type === 'specialised');
    expect(anchors.size).toBe(51);
    for (const grid of grids) {
      const [lng, lat] = anchors.get(grid.grid_id)!;
      expect(pointInPolygon(lng, lat, grid.geometry.coordinates), grid.grid_id).toBe(true);
      if (grid.type !== 'basic') continue;
      for (const overlay of overlays) {
        expect(
          pointInPolygon(lng, lat, overlay.geometry.coordinates),
          `${grid.grid_id} under ${overlay.grid_id}`,
        ).toBe(false);
      }
    }
  });
});

describe('grid shapes', () => {
  it('draws basic grids first so specialised grids are on top, each with its labelled anchor', () => {
    const anchors = gridLabelAnchors(grids);
    const shapes = buildGridShapes(grids, anchors, projectionFor('wgs84'));
    const firstSpecialised = shapes.findIndex((s) => s.grid.type === 'specialised');
    expect(shapes.slice(firstSpecialised).every((s) => s.grid.type === 'specialised')).toBe(true);
    const shape = shapes.find((s) => s.grid.grid_id === 'YT-JC-04')!;
    const [lng, lat] = anchors.get('YT-JC-04')!;
    expect(shape.label.marker.getLatLng()).toMatchObject({ lat, lng });
    expect(shape.label.element.dataset.gridId).toBe('YT-JC-04');
    expect(shape.shape.options.interactive).toBe(true);
  });

  it('moves shapes and labels onto a GCJ-02 basemap', () => {
    const anchors = gridLabelAnchors(grids);
    const [wgs] = buildGridShapes(grids, anchors, projectionFor('wgs84'));
    const [gcj] = buildGridShapes(grids, anchors, projectionFor('gcj02'));
    const shift = gcj!.label.marker.getLatLng().lng - wgs!.label.marker.getLatLng().lng;
    expect(shift).toBeCloseTo(0.0054, 3);
  });
});
