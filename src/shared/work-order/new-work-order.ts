import type { LatLng } from '../schemas/common';
import type { CategoryCode } from '../schemas/town';
import type { Priority, Reporter, WorkOrder, WorkOrderSource } from '../schemas/work-order';

export interface NewWorkOrderInit {
  id: string;
  number: string;
  source: WorkOrderSource;
  title: string;
  description: string;
  location: LatLng;
  gridId: string | null;
  villageId: string | null;
  createdBy: string;
  /** Creation instant, used for createdAt and updatedAt. */
  at: string;
  category?: CategoryCode | null;
  priority?: Priority | null;
  address?: string | null;
  reporter?: Reporter | null;
}

/** The lifecycle's starting point (待受理): every order begins here, whoever creates it. */
export function newWorkOrder(init: NewWorkOrderInit): WorkOrder {
  return {
    id: init.id,
    number: init.number,
    source: init.source,
    title: init.title,
    description: init.description,
    category: init.category ?? null,
    priority: init.priority ?? null,
    location: init.location,
    address: init.address ?? null,
    gridId: init.gridId,
    villageId: init.villageId,
    outOfGrid: init.gridId === null,
    reporter: init.reporter ?? null,
    status: 'new',
    assignee: null,
    handlerUserId: null,
    mergedInto: null,
    deadlines: { signOff: null, resolve: null },
    escalationLevel: 'grid',
    escalationRequest: null,
    clocks: { signOff: null, resolve: null, nextCheckAt: null },
    urgeCount: 0,
    supervised: false,
    parked: false,
    extension: { state: 'none', until: null, reason: null },
    parking: { state: 'none', reason: null },
    satisfaction: null,
    createdBy: init.createdBy,
    createdAt: init.at,
    updatedAt: init.at,
    version: 1,
  };
}
