import type { z } from 'zod';
import type { cardRecord, noticeRecord, supervisionRecord, unitRef } from '../../shared/schemas/oversight';
import type { DomainEvent } from '../../shared/schemas/event';
import type { Camera, Category, Department, Grid, Staff, Town, Village } from '../../shared/schemas/town';
import type { CameraAlert, CameraFault } from '../../shared/schemas/video';
import type { User } from '../../shared/schemas/user';
import type { WorkOrder, WorkOrderQuery } from '../../shared/schemas/work-order';

export type NewEvent = Omit<DomainEvent, 'seq'>;

export interface StoredUser {
  user: User;
  passwordHash: string;
}

export interface IdempotencyRecord {
  requestHash: string;
  status: number;
  body: unknown;
}

export interface ReferenceData {
  town: Town;
  villages: Village[];
  grids: Grid[];
  departments: Department[];
  categories: Category[];
}

export interface WorkOrderStats {
  byStatus: Record<string, number>;
  total: number;
}

/**
 * Everything a command writes goes through a Tx inside `transaction`: the entity change, its
 * events and the idempotency record commit together or not at all.
 */
/** The ledger's records, typed from the schemas the REST routes answer with. */
export type UnitRef = z.infer<typeof unitRef>;
export type CardRecord = z.infer<typeof cardRecord>;
export type SupervisionRecord = z.infer<typeof supervisionRecord>;
export type NoticeRecord = z.infer<typeof noticeRecord>;

/** The card ledger, supervisions (督办) and notices (通报), and the settings they run on. */
export interface OversightStore {
  insertCard(card: CardRecord): Promise<void>;
  insertSupervision(record: SupervisionRecord): Promise<void>;
  /** False when it does not exist or was answered already. */
  answerSupervision(id: string, answer: string, by: string, at: string): Promise<boolean>;
  insertNotice(notice: NoticeRecord): Promise<void>;
  listCards(filter: { from?: string; to?: string; orderId?: string }): Promise<CardRecord[]>;
  listSupervisions(filter: { open?: boolean; orderId?: string }): Promise<SupervisionRecord[]>;
  getSupervision(id: string): Promise<SupervisionRecord | null>;
  listNotices(filter: { from?: string; to?: string }): Promise<NoticeRecord[]>;
  getSetting<T>(key: string): Promise<T | null>;
  putSetting(key: string, data: unknown, at: string): Promise<void>;
  listSettings(prefix: string): Promise<Array<{ key: string; data: unknown }>>;
  /** Ids of orders whose next check is at or before `nowIso`, earliest first. */
  dueOrderIds(nowIso: string, limit: number): Promise<string[]>;
  /** The earliest pending check, as a UTC ISO instant; null when none. */
  earliestCheck(): Promise<string | null>;
  /** Ids of orders that are still open (not closed, rejected or merged). */
  openOrderIds(): Promise<string[]>;
  /** Every event with one of these actions, oldest first: which order, what, when. */
  eventMarks(actions: readonly string[]): Promise<Array<{ entityId: string; action: string; at: string }>>;
}

/** A wall kiosk token as stored (its secret's hash stays in the store). */
export interface KioskTokenRecord {
  id: string;
  name: string;
  userId: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** Kiosk tokens, each with its own wall_kiosk user, and the sessions that user holds. */
export interface KioskTokenStore {
  /** Creates the token and its user (who has no password) in one transaction. */
  insert(record: KioskTokenRecord, tokenHash: string, user: User): Promise<void>;
  list(): Promise<KioskTokenRecord[]>;
  get(id: string): Promise<KioskTokenRecord | null>;
  findByHash(tokenHash: string): Promise<KioskTokenRecord | null>;
  /** Marks it revoked and deletes its user's sessions, together; null when unknown or revoked already. */
  revoke(id: string, at: string): Promise<{ sessionsEnded: number } | null>;
  touch(id: string, at: string): Promise<void>;
}

/** A town's own village and grid layers, replacing the schematic ones. */
export interface TownLayerStore {
  /**
   * In one transaction: the village and grid reference rows are replaced by these, and each named
   * layer (`villages`: the areas the map draws) is stored.
   */
  replace(input: {
    villages: Village[];
    grids: Grid[];
    layers: Record<string, unknown>;
    at: string;
    by: string;
  }): Promise<void>;
  /** A stored layer, or null while the bundled one is in use. */
  getLayer(name: string): Promise<{ data: unknown; updatedAt: string } | null>;
}

/** Camera alerts (src/shared/schemas/video.ts), written in the transaction of their event. */
export interface CameraAlertStore {
  get(id: string): Promise<CameraAlert | null>;
  /** The camera's alert with the latest lastAt: what a repeat may fold into. */
  latestFor(cameraId: string): Promise<CameraAlert | null>;
  insert(alert: CameraAlert): Promise<void>;
  /** Optimistic: false when the stored version is no longer `previousVersion`. */
  update(alert: CameraAlert, previousVersion: number): Promise<boolean>;
  /** Newest first (by lastAt). */
  list(opts: { state?: CameraAlert['state']; since?: string; limit: number }): Promise<CameraAlert[]>;
}

/** A camera simulator fault as stored (one per camera); `since` is a UTC ISO instant. */
export interface CameraFaultRecord {
  cameraId: string;
  fault: CameraFault;
  since: string;
  setBy: string;
}

/** Simulator faults, and the camera status history the health figures are computed from. */
export interface CameraHealthStore {
  listFaults(): Promise<CameraFaultRecord[]>;
  /** Sets or (with null) clears a camera's fault; single statements, so usable inside a transaction. */
  putFault(cameraId: string, record: CameraFaultRecord | null): Promise<void>;
  /** A named one-off step (e.g. seed outages turned into faults) is done: true the first time only. */
  claimOnce(name: string, at: string): Promise<boolean>;
  /**
   * camera:status-changed events at or after `since` (oldest first), plus each camera's last such
   * event before it (what its status was when the window opened).
   */
  statusChanges(since: string): Promise<{
    before: Array<{ cameraId: string; status: string; at: string }>;
    within: Array<{ cameraId: string; status: string; at: string }>;
  }>;
}

export interface Tx {
  readonly oversight: OversightStore;
  readonly cameraAlerts: CameraAlertStore;
  getWorkOrder(id: string): Promise<WorkOrder | null>;
  insertWorkOrder(order: WorkOrder): Promise<void>;
  /** Optimistic: false when the stored version is no longer `previousVersion`. */
  updateWorkOrder(order: WorkOrder, previousVersion: number): Promise<boolean>;
  getStaff(id: string): Promise<Staff | null>;
  updateStaff(member: Staff, previousVersion: number): Promise<boolean>;
  getCamera(id: string): Promise<Camera | null>;
  updateCamera(cam: Camera, previousVersion: number): Promise<boolean>;
  insertCamera(cam: Camera): Promise<void>;
  /** Optimistic like the updates: false when gone or no longer at `previousVersion`. */
  deleteCamera(id: string, previousVersion: number): Promise<boolean>;
  /** The next value of a named counter (e.g. the day's work-order sequence), starting at 1. */
  nextCounter(name: string): Promise<number>;
  appendEvents(events: NewEvent[]): Promise<DomainEvent[]>;
  getIdempotency(userId: string, key: string): Promise<IdempotencyRecord | null>;
  saveIdempotency(userId: string, key: string, record: IdempotencyRecord, at: string): Promise<void>;
}

export interface Repository extends Tx {
  readonly dialect: 'sqlite' | 'postgres';
  readonly kioskTokens: KioskTokenStore;
  readonly townLayers: TownLayerStore;
  readonly cameraHealth: CameraHealthStore;
  /** Runs `fn` in one transaction; writers are serialised. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;

  isTownSeeded(): Promise<boolean>;
  seedTown(ref: ReferenceData, staff: Staff[], cameras: Camera[]): Promise<void>;
  getReference(): Promise<ReferenceData>;
  /** Rewrites a category's reference row in one transaction; false when its code is unknown. */
  updateCategory(category: Category): Promise<boolean>;
  listStaff(): Promise<Staff[]>;
  listCameras(): Promise<Camera[]>;

  /** Inserts or updates users in one transaction. */
  upsertUsers(users: ReadonlyArray<{ user: User; passwordHash: string }>): Promise<void>;
  findUserByUsername(username: string): Promise<StoredUser | null>;
  getUser(id: string): Promise<User | null>;
  createSession(tokenHash: string, userId: string, createdAt: string, expiresAt: string): Promise<void>;
  getSession(tokenHash: string): Promise<{ userId: string; expiresAt: string } | null>;
  extendSession(tokenHash: string, expiresAt: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  audit(entry: {
    id: string;
    at: string;
    userId: string | null;
    action: string;
    detail: object;
  }): Promise<void>;

  listWorkOrders(
    query: WorkOrderQuery,
    page: { limit: number; offset: number },
  ): Promise<{ items: WorkOrder[]; total: number }>;
  workOrderStats(): Promise<WorkOrderStats>;
  listWorkOrderEvents(entityId: string): Promise<DomainEvent[]>;
  /** Events with seq > afterSeq, in order, at most `limit`. */
  eventsAfter(afterSeq: number, limit: number): Promise<DomainEvent[]>;
  latestSeq(): Promise<number>;
  health(): Promise<{ ok: boolean; detail: string }>;
}
