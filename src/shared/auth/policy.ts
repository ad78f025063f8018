import type { Role } from '../schemas/user';

/** Everything a route, a socket publish or a replay may ask permission for. */
export type Action =
  | 'work-order:read'
  | 'work-order:create'
  | 'work-order:command'
  | 'reference:read'
  | 'staff:read'
  | 'staff:move'
  | 'camera:read'
  | 'camera:read-police'
  | 'camera:set-status'
  /** The camera registry: create, edit, delete, import. */
  | 'camera:write'
  /** Confirm a camera alert into a work order, or dismiss it. */
  | 'camera-alert:handle'
  | 'personal-data:unmask'
  | 'events:subscribe'
  /** The card ledger, supervisions (督办) and notices (通报). */
  | 'oversight:read'
  /** Answer a supervision opened against one's own unit. */
  | 'oversight:answer'
  /** The rule table, working hours, ladders and calendars. */
  | 'settings:read'
  | 'settings:write';

/**
 * How far a permission reaches: the whole town, the viewer's own grids, the viewer's own department,
 * or only what concerns the viewer's own staff record.
 */
export type Scope = 'all' | 'own-grids' | 'own-department' | 'self';

type PolicyTable = Readonly<Record<Role, Readonly<Partial<Record<Action, Scope>>>>>;

const centre: Partial<Record<Action, Scope>> = {
  'work-order:read': 'all',
  'work-order:create': 'all',
  'work-order:command': 'all',
  'reference:read': 'all',
  'staff:read': 'all',
  'camera:read': 'all',
  'camera:read-police': 'all',
  'personal-data:unmask': 'all',
  'events:subscribe': 'all',
  'oversight:read': 'all',
  'oversight:answer': 'all',
  'settings:read': 'all',
};

/** The one authorization table: role × action → scope. What is not listed is denied. */
export const POLICY: PolicyTable = {
  admin: {
    ...centre,
    'staff:move': 'all',
    'camera:set-status': 'all',
    'camera:write': 'all',
    'camera-alert:handle': 'all',
    'settings:write': 'all',
  },
  operator: { ...centre, 'staff:move': 'all', 'camera:set-status': 'all', 'camera-alert:handle': 'all' },
  leader: { ...centre, 'camera-alert:handle': 'all' },
  grid_worker: {
    'work-order:read': 'own-grids',
    'work-order:create': 'own-grids',
    'work-order:command': 'own-grids',
    'reference:read': 'all',
    'staff:read': 'own-grids',
    'staff:move': 'self',
    'camera:read': 'own-grids',
    'events:subscribe': 'own-grids',
    'oversight:read': 'own-grids',
    'oversight:answer': 'own-grids',
  },
  dept_handler: {
    'work-order:read': 'own-department',
    'work-order:command': 'own-department',
    'reference:read': 'all',
    'staff:read': 'all',
    'camera:read': 'all',
    'events:subscribe': 'own-department',
    'oversight:read': 'own-department',
    'oversight:answer': 'own-department',
  },
  // A read-only kiosk: sees the whole town, masked, and can change nothing.
  wall_kiosk: {
    'work-order:read': 'all',
    'reference:read': 'all',
    'staff:read': 'all',
    'camera:read': 'all',
    'camera:read-police': 'all',
    'events:subscribe': 'all',
    'oversight:read': 'all',
  },
};

/** The scope a role has for an action, or null when it is denied. */
export function scopeOf(role: Role, action: Action): Scope | null {
  return POLICY[role]?.[action] ?? null;
}

export function can(role: Role, action: Action): boolean {
  return scopeOf(role, action) !== null;
}
