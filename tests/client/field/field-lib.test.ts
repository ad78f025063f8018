import { describe, expect, it } from 'vitest';
import { pointInGrid } from '../../../src/client/lib/field/grid-point';
import { awaitsMyVerification, byUrgency, isMyWork, timeLeft } from '../../../src/client/lib/field/my-orders';
import { evidenceFrom } from '../../../src/client/lib/field/order-evidence';
import { admitPhotos, fitWithin, photoTypeOf } from '../../../src/client/lib/field/photo-rules';
import { locateGrid } from '../../../src/shared/geo/locate-grid';
import type { Grid } from '../../../src/shared/schemas/town';
import { makeOrder } from '../fixtures';

function square(id: string, type: Grid['type'], [x0, y0, x1, y1]: number[]): Grid {
  return {
    grid_id: id,
    type,
    name: id,
    village_id: 'V01',
    village: null,
    subtype: null,
    area_km2: 1,
    synthetic: true,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0!, y0!],
          [x1!, y0!],
          [x1!, y1!],
          [x0!, y1!],
          [x0!, y0!],
        ],
      ],
    },
  };
}

const viewer = { id: 'u-1', staffId: 'S-1', departmentId: undefined, gridIds: ['G1'] };

describe('field helpers', () => {
  it('picks a grid point the server will place in that grid, avoiding a specialised overlay', () => {
    const basic = square('G1', 'basic', [116, 34, 116.02, 34.02]);
    const market = square('M1', 'specialised', [116.005, 34.005, 116.015, 34.015]); // over the centre
    const point = pointInGrid(basic, [basic, market]);
    expect(point).not.toBeNull();
    expect(locateGrid(point!, [basic, market]).gridId).toBe('G1');
    const centre = pointInGrid(basic, [basic]);
    expect(centre?.lng).toBeCloseTo(116.01, 9);
    expect(centre?.lat).toBeCloseTo(34.01, 9);
  });

  it('admits JPEG/PNG/HEIC up to 10 MB and 9 in all; HEIC without a MIME type by its name', () => {
    const file = (name: string, type: string, size = 10) => ({ name, type, size });
    const result = admitPhotos(7, [
      file('a.jpg', 'image/jpeg'),
      file('b.heic', ''),
      file('c.png', 'image/png'),
      file('d.jpg', 'image/jpeg', 10 * 1024 * 1024 + 1),
      file('e.gif', 'image/gif'),
    ]);
    expect(result.accepted.map((f) => f.name)).toEqual(['a.jpg', 'b.heic']);
    expect(result.refused.map((r) => [r.file.name, r.problem])).toEqual([
      ['c.png', 'too_many'],
      ['d.jpg', 'too_large'],
      ['e.gif', 'wrong_type'],
    ]);
    expect(photoTypeOf({ name: 'x.HEIF', type: '' })).toBe('image/heif');
  });

  it('downscales to at most 1600 px on the long side, never up', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it('takes before photos from the create event and after photos from the latest resolve', () => {
    const evidence = evidenceFrom([
      { seq: 9, action: 'resolve', data: { report: 'second', photos: ['/api/photos/c'] } },
      { seq: 1, action: 'create', data: { photos: ['/api/photos/a'] } },
      { seq: 5, action: 'resolve', data: { report: 'first', photos: ['/api/photos/b'] } },
    ]);
    expect(evidence).toEqual({ before: ['/api/photos/a'], after: ['/api/photos/c'], report: 'second' });
    expect(evidenceFrom([{ seq: 1, action: 'create' }])).toEqual({ before: [], after: [], report: null });
  });

  it('counts as mine what is assigned to me and what waits for my check, not my own resolution', () => {
    const assigned = makeOrder({ assignee: { kind: 'staff', id: 'S-1' } });
    const toCheck = makeOrder({ status: 'resolved', gridId: 'G1', handlerUserId: 'u-2' });
    const myOwn = makeOrder({ status: 'resolved', gridId: 'G1', handlerUserId: 'u-1' });
    expect(isMyWork(assigned, viewer)).toBe(true);
    expect(awaitsMyVerification(toCheck, viewer)).toBe(true);
    expect(isMyWork(myOwn, viewer)).toBe(false);
  });

  it('sorts red before yellow before green, then by due time', () => {
    const clock = (colour: 'green' | 'yellow' | 'red', due: string) => ({
      start: '2026-03-01T09:00:00+08:00',
      due,
      time: 'natural' as const,
      pauses: [],
      colour,
      metAt: null,
      escalations: 0,
    });
    const order = (id: string, colour: 'green' | 'yellow' | 'red', due: string) =>
      makeOrder({
        id,
        status: 'dispatched',
        clocks: { signOff: clock(colour, due), resolve: null, nextCheckAt: null },
        deadlines: { signOff: due, resolve: null },
      });
    const sorted = [
      order('g', 'green', '2026-03-01T10:00:00+08:00'),
      order('y2', 'yellow', '2026-03-01T12:00:00+08:00'),
      order('r', 'red', '2026-03-01T13:00:00+08:00'),
      order('y1', 'yellow', '2026-03-01T11:00:00+08:00'),
    ].sort(byUrgency);
    expect(sorted.map((o) => o.id)).toEqual(['r', 'y1', 'y2', 'g']);
    expect(timeLeft('2026-03-01T10:00:00+08:00', Date.parse('2026-03-01T08:35:00+08:00'))).toEqual({
      overdue: false,
      days: 0,
      hours: 1,
      minutes: 25,
    });
  });
});
