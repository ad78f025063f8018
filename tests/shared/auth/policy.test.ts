import { describe, expect, it } from 'vitest';
import { can, POLICY, scopeOf, type Action } from '../../../src/shared/auth/policy';
import { roleCodes } from '../../../src/shared/schemas/user';

describe('authorization policy', () => {
  it('denies what the table does not list', () => {
    expect(scopeOf('wall_kiosk', 'work-order:create')).toBeNull();
    expect(scopeOf('wall_kiosk', 'work-order:command')).toBeNull();
    expect(scopeOf('dept_handler', 'work-order:create')).toBeNull();
    expect(can('grid_worker', 'camera:read-police')).toBe(false);
    expect(scopeOf('leader', 'nonsense' as Action)).toBeNull();
  });

  it('gives every role a row, and the kiosk nothing that writes', () => {
    for (const role of roleCodes) expect(POLICY[role]).toBeDefined();
    const writes = Object.keys(POLICY.wall_kiosk).filter((a) => !/read|subscribe/.test(a));
    expect(writes).toEqual([]);
  });

  it('scopes field roles to their grids and departments', () => {
    expect(scopeOf('grid_worker', 'work-order:read')).toBe('own-grids');
    expect(scopeOf('dept_handler', 'work-order:read')).toBe('own-department');
    expect(scopeOf('operator', 'work-order:read')).toBe('all');
    expect(scopeOf('grid_worker', 'staff:move')).toBe('self');
  });
});
