import type { WorkOrder } from '../../shared/schemas/work-order';
import type { ReferenceData, Repository } from '../db/repository';
import type { RealtimeHub } from '../realtime/hub';
import type { EntityService } from '../services/entities';
import type { WorkOrderService } from '../services/work-orders';
import type { OversightScheduler } from '../services/oversight';
import type { OversightConfig } from '../services/oversight-config';
import type { RouteRegistry } from './route-registry';
import type { SimMedia } from '../sim-media/setup';

/** What route modules share; built once by createApp. */
export interface AppContext {
  routes: RouteRegistry;
  repo: Repository;
  reference: () => ReferenceData;
  /** Swaps in edited reference data (an admin's category edit) for every later `reference()`. */
  setReference: (next: ReferenceData) => void;
  now: () => Date;
  hub: RealtimeHub;
  workOrders: WorkOrderService;
  oversight: OversightScheduler;
  oversightConfig: OversightConfig;
  entities: EntityService;
  /** The built-in camera simulator (/sim/*) and its faults; the health poller reads it in-process. */
  simMedia: SimMedia;
  version: string;
  simulator: 'on' | 'off';
  findByNumber: (number: string) => Promise<WorkOrder | null>;
  /** DATA_DIR: uploads (photos) live under it; unset in API-only apps, which then store none. */
  dataDir?: string;
}
