import type { Camera, Staff } from '../schemas/town';
import type { CameraAlert } from '../schemas/video';
import type { User } from '../schemas/user';
import type { WorkOrder } from '../schemas/work-order';
import { can, scopeOf } from './policy';

export type Viewer = Pick<User, 'id' | 'role' | 'staffId' | 'departmentId' | 'gridIds'>;

export type ProjectableEntity =
  | { kind: 'work-order'; value: WorkOrder }
  | { kind: 'staff'; value: Staff }
  | { kind: 'camera'; value: Camera }
  | { kind: 'camera-alert'; value: CameraAlert };

/** 13812345678 → 138****5678; short numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  if (phone.length >= 7) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  return `${'*'.repeat(Math.max(0, phone.length - 2))}${phone.slice(-2)}`;
}

/** 张三丰 → 张**: keep the surname only. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

function workOrderInScope(order: WorkOrder, viewer: Viewer): boolean {
  const scope = scopeOf(viewer.role, 'work-order:read');
  switch (scope) {
    case 'all':
      return true;
    case 'own-grids':
      return (
        (order.gridId !== null && (viewer.gridIds ?? []).includes(order.gridId)) ||
        (order.assignee?.kind === 'staff' && order.assignee.id === viewer.staffId) ||
        order.createdBy === viewer.id
      );
    case 'own-department':
      return (
        (order.assignee?.kind === 'department' || order.assignee?.kind === 'squad') &&
        order.assignee.id === viewer.departmentId
      );
    default:
      return false;
  }
}

function projectWorkOrder(order: WorkOrder, viewer: Viewer): WorkOrder | null {
  if (!workOrderInScope(order, viewer)) return null;
  if (!order.reporter || can(viewer.role, 'personal-data:unmask')) return order;
  const { name, phone } = order.reporter;
  return {
    ...order,
    reporter: {
      ...(name !== undefined ? { name: maskName(name) } : {}),
      ...(phone !== undefined ? { phone: maskPhone(phone) } : {}),
    },
  };
}

function projectStaff(member: Staff, viewer: Viewer): Staff | null {
  const scope = scopeOf(viewer.role, 'staff:read');
  if (scope === null) return null;
  if (scope === 'own-grids' && !member.gridIds.some((g) => (viewer.gridIds ?? []).includes(g))) return null;
  if (can(viewer.role, 'personal-data:unmask') || member.id === viewer.staffId) return member;
  return { ...member, phone: maskPhone(member.phone) };
}

function cameraVisible(cam: Pick<Camera, 'source' | 'gridId'>, viewer: Viewer): boolean {
  const scope = scopeOf(viewer.role, 'camera:read');
  if (scope === null) return false;
  if (cam.source === 'police' && !can(viewer.role, 'camera:read-police')) return false;
  return scope !== 'own-grids' || (viewer.gridIds ?? []).includes(cam.gridId);
}

function projectCamera(cam: Camera, viewer: Viewer): Camera | null {
  return cameraVisible(cam, viewer) ? cam : null;
}

/** An alert is seen by whoever may see its camera (a police camera's alerts stay with the police roles). */
function projectCameraAlert(alert: CameraAlert, viewer: Viewer): CameraAlert | null {
  return cameraVisible({ source: alert.cameraSource, gridId: alert.gridId }, viewer) ? alert : null;
}

/**
 * What a viewer may see of an entity: null when it is outside the viewer's scope, otherwise the
 * entity with personal data masked as the viewer's role requires. REST reads, socket publishes and
 * replays all go through here.
 */
export function project<E extends ProjectableEntity>(entity: E, viewer: Viewer): E['value'] | null {
  switch (entity.kind) {
    case 'work-order':
      return projectWorkOrder(entity.value, viewer);
    case 'staff':
      return projectStaff(entity.value, viewer);
    case 'camera':
      return projectCamera(entity.value, viewer);
    case 'camera-alert':
      return projectCameraAlert(entity.value, viewer);
  }
}
