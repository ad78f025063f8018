import { randomUUID } from 'node:crypto';
import { scopeOf } from '../../shared/auth/policy';
import type { DomainEvent } from '../../shared/schemas/event';
import type { Camera } from '../../shared/schemas/town';
import type { User } from '../../shared/schemas/user';
import type { CameraAlert, CameraAlertWebhook } from '../../shared/schemas/video';
import type { Actor, Priority, WorkOrder } from '../../shared/schemas/work-order';
import {
  ALERT_CATEGORY,
  ALERT_KIND_LABEL,
  alertKind,
  folded,
  foldInto,
} from '../../shared/video/alert-rules';
import { toShanghaiIso } from '../../shared/work-order-number';
import type { NewEvent, Repository, Tx } from '../db/repository';
import { forbidden, HttpError, notFound } from '../http/errors';
import { runIdempotent, type CommandResult } from './idempotent';
import type { PhotoStore } from './photos';
import type { WorkOrderService } from './work-orders';

/** The webhook has no session: its events name the integration, as the 12345 webhook's would. */
export const CAMERA_ALERT_ACTOR: Actor = {
  userId: 'integration:camera-alerts',
  username: 'camera-alerts',
  role: 'integration',
};

const actorOf = (u: User): Actor => ({ userId: u.id, username: u.username, role: u.role });

/** Fire and flooding threaten people at once; the rest go through triage like other reports. */
const ALERT_PRIORITY: Partial<Record<ReturnType<typeof alertKind>, Priority>> = {
  fire_smoke: 'P1',
  flooding: 'P1',
  intrusion: 'P2',
  crowd: 'P2',
};

export interface CameraAlertDeps {
  repo: Repository;
  now: () => Date;
  publish: (events: DomainEvent[]) => void;
  workOrders: WorkOrderService;
  /** Where snapshots are kept (null: an API-only app without DATA_DIR keeps none). */
  photos: PhotoStore | null;
}

/**
 * Camera alerts (视频告警): the webhook raises or folds them, the console confirms one into a work
 * order (source `video`, the snapshot attached, at the camera) or dismisses it. While a camera has
 * an open alert its status is `alerting`; handling the last one puts it back to `online`.
 */
export class CameraAlertService {
  constructor(private readonly deps: CameraAlertDeps) {}

  async receive(
    body: CameraAlertWebhook,
    snapshot: Buffer | null,
    key: string | undefined,
  ): Promise<CommandResult> {
    const camera = await this.deps.repo.getCamera(body.cameraId);
    if (!camera) throw new HttpError(404, 'unknown_camera', `no camera ${body.cameraId}`);
    // The photo is on disk before the alert that cites it commits (like an upload before a report).
    const photo = snapshot && this.deps.photos ? await this.deps.photos.save('image/jpeg', snapshot) : null;
    const at = toShanghaiIso(new Date(body.at));
    const stamp = toShanghaiIso(this.deps.now());
    return runIdempotent(
      this.deps.repo,
      this.deps.publish,
      {
        userId: CAMERA_ALERT_ACTOR.userId,
        key,
        request: ['camera-alert', body.cameraId, body.type, body.at],
      },
      stamp,
      async (tx) => {
        const latest = await tx.cameraAlerts.latestFor(camera.id);
        const target = foldInto(latest, at);
        if (target) {
          const next = folded(target, at, photo?.id ?? null);
          if (!(await tx.cameraAlerts.update(next, target.version)))
            throw new HttpError(409, 'stale_version', 'changed meanwhile');
          const events = await tx.appendEvents([
            this.event('camera-alert:updated', next, 'fold', CAMERA_ALERT_ACTOR, stamp),
          ]);
          return { status: 200, body: next, events };
        }
        const alert: CameraAlert = {
          id: randomUUID(),
          cameraId: camera.id,
          cameraName: camera.name,
          cameraSource: camera.source,
          gridId: camera.gridId,
          type: alertKind(body.type),
          firstAt: at,
          lastAt: at,
          count: 1,
          snapshotPhotoId: photo?.id ?? null,
          state: 'open',
          workOrderId: null,
          handledBy: null,
          handledAt: null,
          version: 1,
        };
        await tx.cameraAlerts.insert(alert);
        const news: NewEvent[] = [
          this.event('camera-alert:created', alert, 'raise', CAMERA_ALERT_ACTOR, stamp),
        ];
        const status = await this.cameraStatus(tx, camera, 'alerting', CAMERA_ALERT_ACTOR, stamp);
        if (status) news.push(status);
        return { status: 201, body: alert, events: await tx.appendEvents(news) };
      },
    );
  }

  /**
   * Files the alert as a work order and marks it confirmed. The order is created first through the
   * work-order service (its own transaction, keyed by this request's key), then the alert: a retry
   * with the same key after a crash in between finds the same order and finishes the confirmation.
   */
  async confirm(
    user: User,
    id: string,
    input: { expectedVersion: number; title?: string; priority?: Priority },
    key: string | undefined,
  ): Promise<CommandResult> {
    this.mayHandle(user);
    const alert = await this.deps.repo.cameraAlerts.get(id);
    if (!alert) throw notFound('camera alert');
    if (alert.state !== 'open' && alert.workOrderId === null)
      throw new HttpError(409, 'alert_handled', `the alert is already ${alert.state}`);
    const camera = await this.deps.repo.getCamera(alert.cameraId);
    if (!camera) throw new HttpError(409, 'camera_gone', 'the camera was deleted');
    let order: WorkOrder;
    if (alert.workOrderId !== null) {
      // Confirmed already (a retry that lost its answer): the same order, nothing new.
      const existing = await this.deps.repo.getWorkOrder(alert.workOrderId);
      if (!existing) throw new HttpError(409, 'alert_handled', 'the alert is already confirmed');
      order = existing;
    } else {
      if (alert.version !== input.expectedVersion)
        throw new HttpError(409, 'stale_version', 'the alert changed meanwhile (a repeat folded into it)');
      const created = await this.deps.workOrders.create(
        user,
        this.orderBody(alert, camera, input),
        key === undefined ? undefined : `${key}:order`,
      );
      if (created.status >= 300) return created;
      order = created.body as WorkOrder;
    }
    const at = toShanghaiIso(this.deps.now());
    return runIdempotent(
      this.deps.repo,
      this.deps.publish,
      { userId: user.id, key, request: ['camera-alert:confirm', id, input] },
      at,
      async (tx) => {
        const current = await tx.cameraAlerts.get(id);
        if (!current) throw notFound('camera alert');
        if (current.workOrderId !== null)
          return { status: 200, body: { alert: current, workOrder: order }, events: [] };
        const next: CameraAlert = {
          ...current,
          state: 'confirmed',
          workOrderId: order.id,
          handledBy: user.id,
          handledAt: at,
          version: current.version + 1,
        };
        return this.close(tx, current, next, user, at, { alert: next, workOrder: order }, 'confirm');
      },
    );
  }

  async dismiss(
    user: User,
    id: string,
    input: { expectedVersion: number; reason?: string },
    key: string | undefined,
  ): Promise<CommandResult> {
    this.mayHandle(user);
    const at = toShanghaiIso(this.deps.now());
    return runIdempotent(
      this.deps.repo,
      this.deps.publish,
      { userId: user.id, key, request: ['camera-alert:dismiss', id, input] },
      at,
      async (tx) => {
        const current = await tx.cameraAlerts.get(id);
        if (!current) throw notFound('camera alert');
        if (current.state !== 'open')
          throw new HttpError(409, 'alert_handled', `the alert is already ${current.state}`);
        if (current.version !== input.expectedVersion)
          throw new HttpError(409, 'stale_version', 'the alert changed meanwhile (a repeat folded into it)');
        const next: CameraAlert = {
          ...current,
          state: 'dismissed',
          handledBy: user.id,
          handledAt: at,
          version: current.version + 1,
        };
        return this.close(tx, current, next, user, at, next, 'dismiss', input.reason ?? null);
      },
    );
  }

  private async close(
    tx: Tx,
    current: CameraAlert,
    next: CameraAlert,
    user: User,
    at: string,
    body: unknown,
    action: 'confirm' | 'dismiss',
    reason: string | null = null,
  ): Promise<{ status: number; body: unknown; events: DomainEvent[] }> {
    if (!(await tx.cameraAlerts.update(next, current.version)))
      throw new HttpError(409, 'stale_version', 'changed meanwhile');
    const news: NewEvent[] = [
      { ...this.event('camera-alert:updated', next, action, actorOf(user), at), reason },
    ];
    const stillOpen = (await tx.cameraAlerts.list({ state: 'open', limit: 500 })).some(
      (a) => a.cameraId === next.cameraId && a.id !== next.id,
    );
    const camera = await tx.getCamera(next.cameraId);
    if (camera && !stillOpen && camera.status === 'alerting') {
      const status = await this.cameraStatus(tx, camera, 'online', actorOf(user), at);
      if (status) news.push(status);
    }
    return { status: 200, body, events: await tx.appendEvents(news) };
  }

  private mayHandle(user: User): void {
    if (scopeOf(user.role, 'camera-alert:handle') === null) throw forbidden('handle camera alerts');
  }

  private orderBody(
    alert: CameraAlert,
    camera: Camera,
    input: { title?: string; priority?: Priority },
  ): Parameters<WorkOrderService['create']>[1] {
    const kind = alertKind(alert.type);
    const label = ALERT_KIND_LABEL[kind];
    const repeats = alert.count > 1 ? `，5分钟内共${alert.count}次` : '';
    const priority = input.priority ?? ALERT_PRIORITY[kind];
    return {
      source: 'video',
      title: input.title ?? `视频告警：${label}（${camera.name}）`,
      description: `${camera.name}智能分析告警「${label}」，首次 ${alert.firstAt.slice(11, 19)}${repeats}。经值班员确认生成工单。`,
      location: camera.location,
      category: ALERT_CATEGORY[kind],
      ...(priority ? { priority } : {}),
      address: camera.name,
      ...(alert.snapshotPhotoId ? { photos: [`/api/photos/${alert.snapshotPhotoId}`] } : {}),
    };
  }

  /** The camera's status change as an event, or null when it already has that status. */
  private async cameraStatus(
    tx: Tx,
    camera: Camera,
    status: 'alerting' | 'online',
    actor: Actor,
    at: string,
  ): Promise<NewEvent | null> {
    const fresh = await tx.getCamera(camera.id);
    // Only a live camera starts alerting; an offline or frozen one keeps what its health says.
    if (!fresh || fresh.status === status || (status === 'alerting' && fresh.status !== 'online'))
      return null;
    const next = { ...fresh, status, version: fresh.version + 1 };
    if (!(await tx.updateCamera(next, fresh.version)))
      throw new HttpError(409, 'stale_version', 'changed meanwhile');
    return {
      type: 'camera:status-changed',
      at,
      action: 'status',
      actor,
      entityId: camera.id,
      reason: null,
      entity: next,
    };
  }

  private event(
    type: 'camera-alert:created' | 'camera-alert:updated',
    alert: CameraAlert,
    action: string,
    actor: Actor,
    at: string,
  ): NewEvent {
    return {
      type,
      at,
      action,
      actor,
      entityId: alert.id,
      reason: null,
      data: { cameraId: alert.cameraId, count: alert.count },
      entity: alert,
    };
  }
}
