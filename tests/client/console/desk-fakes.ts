import type { StageClock, WorkOrder } from '../../../src/shared/schemas/work-order';
import type { WorkOrderDetail } from '../../../src/client/lib/work-orders/get-work-order';
import { makeDetail, makeOrder } from '../fixtures';

export const DEPARTMENTS = {
  items: [
    { id: 'sanitation', name: '环卫所', kind: 'office', parentId: null, villageIds: [] },
    { id: 'safety', name: '应急管理办', kind: 'office', parentId: null, villageIds: [] },
    { id: 'squad-1', name: '综合执法一中队', kind: 'squad', parentId: null, villageIds: ['V01'] },
    { id: 'centre', name: '综合指挥调度中心', kind: 'centre', parentId: null, villageIds: [] },
  ],
  total: 4,
};

export const STAFF = {
  items: [
    {
      id: 's-1',
      name: '王网格',
      role: 'grid_worker',
      gridIds: ['YT-JC-01'],
      villageId: 'V01',
      partyMember: false,
      onDuty: true,
      phone: '13900000001',
      position: null,
      positionAt: null,
      version: 1,
    },
  ],
  total: 1,
};

export const OPERATOR = {
  user: { id: 'u-operator', username: 'operator', displayName: '坐席小李', role: 'operator' },
};
export const LEADER = {
  user: { id: 'u-leader', username: 'leader', displayName: '带班领导', role: 'leader' },
};

export function stage(overrides: Partial<StageClock> = {}): StageClock {
  return {
    start: '2026-03-01T09:15:00+08:00',
    due: '2026-03-01T11:15:00+08:00',
    time: 'working',
    pauses: [],
    colour: 'green',
    metAt: null,
    escalations: 0,
    ...overrides,
  };
}

/** A registered order as the list shows it, numbered after its id. */
export function registered(id: string, overrides: Partial<WorkOrder> = {}): WorkOrder {
  return makeOrder({
    id,
    number: `YT-20260301-${id.replace(/\D/g, '').padStart(4, '0')}`,
    title: `Order ${id}`,
    status: 'registered',
    priority: 'P2',
    ...overrides,
  });
}

export function detailOf(order: WorkOrder, overrides: Partial<WorkOrderDetail> = {}): WorkOrderDetail {
  return makeDetail({ ...order, ...overrides });
}

export function entity(detail: WorkOrderDetail): WorkOrder {
  const { allowedCommands: _a, timeline: _t, ...order } = detail;
  return order;
}
