import { describe, expect, it } from 'vitest';
import { maskName, maskPhone, project, type Viewer } from '../../../src/shared/auth/projection';
import type { Camera, Staff } from '../../../src/shared/schemas/town';
import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import { newWorkOrder } from '../../../src/shared/work-order/new-work-order';

const order = (over: Partial<WorkOrder> = {}): WorkOrder => ({
  ...newWorkOrder({
    id: 'o1',
    number: 'YT-20261127-0001',
    source: 'hotline',
    title: '噪音扰民',
    description: '',
    location: { lat: 34.88, lng: 116.85 },
    gridId: 'YT-JC-01',
    villageId: 'V01',
    reporter: { name: '李四光', phone: '13912345678' },
    createdBy: 'u-operator',
    at: '2026-11-27T08:00:00.000+08:00',
  }),
  ...over,
});

const viewer = (over: Partial<Viewer>): Viewer => ({ id: 'v', role: 'operator', ...over });

describe('projection', () => {
  it('shows the operator the caller unmasked', () => {
    expect(project({ kind: 'work-order', value: order() }, viewer({}))?.reporter).toEqual({
      name: '李四光',
      phone: '13912345678',
    });
  });

  it('masks the caller for the wall kiosk', () => {
    expect(project({ kind: 'work-order', value: order() }, viewer({ role: 'wall_kiosk' }))?.reporter).toEqual(
      { name: '李**', phone: '139****5678' },
    );
  });

  it('hides orders of other grids from a grid worker, and shows their own and those assigned to them', () => {
    const gw = viewer({ role: 'grid_worker', gridIds: ['YT-JC-01'], staffId: 'S1' });
    expect(project({ kind: 'work-order', value: order() }, gw)).not.toBeNull();
    expect(project({ kind: 'work-order', value: order({ gridId: 'YT-JC-09' }) }, gw)).toBeNull();
    expect(
      project(
        { kind: 'work-order', value: order({ gridId: 'YT-JC-09', assignee: { kind: 'staff', id: 'S1' } }) },
        gw,
      ),
    ).not.toBeNull();
  });

  it('shows a department only the orders dispatched to it', () => {
    const dept = viewer({ role: 'dept_handler', departmentId: 'enf_1' });
    expect(project({ kind: 'work-order', value: order() }, dept)).toBeNull();
    expect(
      project({ kind: 'work-order', value: order({ assignee: { kind: 'squad', id: 'enf_1' } }) }, dept),
    ).not.toBeNull();
    expect(
      project({ kind: 'work-order', value: order({ assignee: { kind: 'squad', id: 'enf_2' } }) }, dept),
    ).toBeNull();
  });

  it('keeps police cameras from roles the policy does not allow', () => {
    const cam: Camera = {
      id: 'C1',
      name: 'x',
      source: 'police',
      gridId: 'YT-JC-01',
      location: { lat: 0, lng: 0 },
      status: 'online',
      ptz: false,
      streams: { sub: { hls: '/sim/hls/x/index.m3u8', codec: 'h264', width: 640, height: 360 } },
      health: { kind: 'none' },
      snapshotUrl: null,
      version: 1,
    };
    expect(
      project({ kind: 'camera', value: cam }, viewer({ role: 'grid_worker', gridIds: ['YT-JC-01'] })),
    ).toBeNull();
    expect(
      project(
        { kind: 'camera', value: { ...cam, source: 'community' } },
        viewer({ role: 'grid_worker', gridIds: ['YT-JC-01'] }),
      ),
    ).not.toBeNull();
    expect(project({ kind: 'camera', value: cam }, viewer({ role: 'operator' }))).not.toBeNull();
  });

  it('masks staff phones for the kiosk but not for the member themself', () => {
    const m: Staff = {
      id: 'S1',
      name: '张三',
      role: 'grid_worker',
      gridIds: ['YT-JC-01'],
      villageId: 'V01',
      partyMember: true,
      onDuty: true,
      phone: '13800001111',
      position: null,
      positionAt: null,
      version: 1,
    };
    expect(project({ kind: 'staff', value: m }, viewer({ role: 'wall_kiosk' }))?.phone).toBe('138****1111');
    expect(
      project(
        { kind: 'staff', value: m },
        viewer({ role: 'grid_worker', gridIds: ['YT-JC-01'], staffId: 'S1' }),
      )?.phone,
    ).toBe('13800001111');
  });

  it('masks names and phones of any length', () => {
    expect(maskName('王')).toBe('*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskPhone('12345')).toBe('***45');
  });
});
