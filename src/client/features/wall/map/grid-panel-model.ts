import { staffRoleCodes } from '../../../../shared/schemas/town';
import type { Camera, CameraStatus, Staff, StaffRole } from '../../../../shared/schemas/town';
import type { WallMarker } from '../../../../shared/schemas/wall';

export interface GridPanelModel {
  /** On-duty staff of the grid by 一长六员 role, in the roles' canonical order; empty roles left out. */
  staffByRole: { role: StaffRole; staff: Staff[] }[];
  staffOnDuty: number;
  staffTotal: number;
  /** The most pressing open orders: overdue first, then by priority, newest first. */
  orders: WallMarker[];
  openOrders: number;
  moreOrders: number;
  cameras: Record<CameraStatus, number> & { total: number; alerting: number; alertingNames: string[] };
}

export const PANEL_ORDER_LIMIT = 10;

const priorityRank = (marker: WallMarker): number => (marker.priority ? Number(marker.priority.slice(1)) : 5);

export function compareOrdersForPanel(a: WallMarker, b: WallMarker): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const byPriority = priorityRank(a) - priorityRank(b);
  if (byPriority !== 0) return byPriority;
  // Order numbers carry the date and a sequence (YT-YYYYMMDD-NNNN): larger is newer.
  return b.number.localeCompare(a.number);
}

export function buildGridPanel(
  gridId: string,
  data: { staff: readonly Staff[]; markers: readonly WallMarker[]; cameras: readonly Camera[] },
  limit = PANEL_ORDER_LIMIT,
): GridPanelModel {
  const members = data.staff.filter((person) => person.gridIds.includes(gridId));
  const onDuty = members.filter((person) => person.onDuty);
  const staffByRole = staffRoleCodes
    .map((role) => ({
      role,
      staff: onDuty
        .filter((person) => person.role === role)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    }))
    .filter((group) => group.staff.length > 0);

  const open = data.markers.filter((marker) => marker.gridId === gridId).sort(compareOrdersForPanel);

  const cameras = { online: 0, offline: 0, frozen: 0, alerting: 0, total: 0, alertingNames: [] as string[] };
  for (const camera of data.cameras) {
    if (camera.gridId !== gridId) continue;
    cameras.total += 1;
    cameras[camera.status] += 1;
    if (camera.status === 'alerting') cameras.alertingNames.push(camera.name);
  }

  return {
    staffByRole,
    staffOnDuty: onDuty.length,
    staffTotal: members.length,
    orders: open.slice(0, limit),
    openOrders: open.length,
    moreOrders: Math.max(0, open.length - limit),
    cameras,
  };
}
