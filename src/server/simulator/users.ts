import type { Assignee } from '../../shared/schemas/work-order';

/**
 * The users the server seeds for the simulator (all with the simulator's password). The simulator is
 * an outside client: it knows its users by name only.
 */
export const SIM_USERS = {
  /** 12345热线接口 (role operator). */
  hotline: 'sim-hotline',
  /** 视频告警接口 (role operator). */
  video: 'sim-video',
  /** 模拟坐席 (role operator): registers, dispatches, closes, sets camera status. */
  operator: 'sim-operator',
} as const;

/** One grid_worker-role user per staff member, linked to that staff id and its grids. */
export function staffUsername(staffId: string): string {
  return `staff-${staffId.toLowerCase()}`;
}

/** One dept_handler user per department or squad. */
export function departmentUsername(departmentId: string): string {
  return `dept-${departmentId}`;
}

/** The user who acts for an assignee (accepts, starts, resolves). */
export function assigneeUsername(assignee: Assignee): string {
  return assignee.kind === 'staff' ? staffUsername(assignee.id) : departmentUsername(assignee.id);
}
