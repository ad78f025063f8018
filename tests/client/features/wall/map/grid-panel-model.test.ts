import { describe, expect, it } from 'vitest';
import { buildGridPanel } from '../../../../../src/client/features/wall/map/grid-panel-model';
import type { Camera, Staff } from '../../../../../src/shared/schemas/town';
import { makeCameras, makeMarker, makeStaff, realGrids } from './wall-map-fakes';

const grids = realGrids().slice(0, 3);
const [g1, g2] = [grids[0]!.grid_id, grids[1]!.grid_id];

const person = (id: string, role: Staff['role'], onDuty: boolean, gridIds = [g1], name = id): Staff => ({
  ...makeStaff(grids, 1)[0]!,
  id,
  name,
  role,
  onDuty,
  gridIds,
});

describe('grid panel model', () => {
  it('groups on-duty staff by 一长六员 role in the canonical order, leaving out empty roles', () => {
    const staff = [
      person('w2', 'grid_worker', true, [g1], '王二'),
      person('p', 'patroller', true),
      person('l', 'grid_leader', true),
      person('w1', 'grid_worker', true, [g1], '李一'),
      person('off', 'inspector', false),
      person('elsewhere', 'liaison', true, [g2]),
      person('both', 'legal_officer', true, [g2, g1]),
    ];
    const model = buildGridPanel(g1, { staff, markers: [], cameras: [] });
    expect(model.staffByRole.map((g) => g.role)).toEqual([
      'grid_leader',
      'grid_worker',
      'patroller',
      'legal_officer',
    ]);
    expect(model.staffByRole[1]!.staff.map((s) => s.id)).toEqual(['w1', 'w2']);
    expect(model.staffOnDuty).toBe(5);
    expect(model.staffTotal).toBe(6);
  });

  it('lists the grid’s open orders overdue first, then by priority, newest first, up to the limit', () => {
    const markers = [
      makeMarker(1, { gridId: g1, priority: 'P3' }),
      makeMarker(2, { gridId: g1, priority: 'P1' }),
      makeMarker(3, { gridId: g1, priority: 'P4', overdue: true }),
      makeMarker(4, { gridId: g1, priority: null }),
      makeMarker(5, { gridId: g1, priority: 'P1' }),
      makeMarker(6, { gridId: g2, priority: 'P1', overdue: true }),
      makeMarker(7, { gridId: null }),
    ];
    const model = buildGridPanel(g1, { staff: [], markers, cameras: [] }, 4);
    expect(model.orders.map((o) => o.id)).toEqual(['wo-3', 'wo-5', 'wo-2', 'wo-1']);
    expect(model.openOrders).toBe(5);
    expect(model.moreOrders).toBe(1);
  });

  it('counts the grid’s cameras by status and names the alerting ones', () => {
    const cameras: Camera[] = makeCameras(grids, 9).map((c, i) => ({
      ...c,
      gridId: i < 6 ? g1 : g2,
      status: i === 0 ? 'alerting' : i < 3 ? 'offline' : 'online',
      name: `Cam ${i}`,
    }));
    const model = buildGridPanel(g1, { staff: [], markers: [], cameras });
    expect(model.cameras).toMatchObject({
      total: 6,
      online: 3,
      offline: 2,
      alerting: 1,
      alertingNames: ['Cam 0'],
    });
  });

  it('is empty, not broken, for a grid nobody reported on', () => {
    const model = buildGridPanel('nowhere', { staff: makeStaff(grids, 10), markers: [], cameras: [] });
    expect(model).toMatchObject({ staffByRole: [], staffOnDuty: 0, openOrders: 0, moreOrders: 0 });
    expect(model.cameras.total).toBe(0);
  });
});
