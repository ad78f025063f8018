import type { Role } from '../../shared/schemas/user';

export type Screen = 'console' | 'wall' | 'leader' | 'field' | 'admin';

/** Where `/` sends each role: the screen it works on (DESIGN §1). */
export function homePathForRole(role: Role): string {
  switch (role) {
    case 'wall_kiosk':
      return '/wall';
    case 'grid_worker':
    case 'dept_handler':
      return '/field';
    default:
      return '/console';
  }
}

const SCREENS: Record<Role, readonly Screen[]> = {
  admin: ['console', 'wall', 'leader', 'field', 'admin'],
  operator: ['console', 'wall', 'leader'],
  leader: ['leader', 'console', 'wall'],
  grid_worker: ['field'],
  dept_handler: ['field'],
  wall_kiosk: ['wall'],
};

/** The screens offered in the navigation; the server still decides what each may read or do. */
export function screensForRole(role: Role): readonly Screen[] {
  return SCREENS[role];
}
