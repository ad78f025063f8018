import type { Department, Staff } from '../shared/schemas/town';
import type { User } from '../shared/schemas/user';
import { hashPassword } from './auth/passwords';
import type { Repository } from './db/repository';

export const DEMO_USERS: ReadonlyArray<User> = [
  { id: 'u-admin', username: 'admin', displayName: '系统管理员', role: 'admin' },
  {
    id: 'u-operator',
    username: 'operator',
    displayName: '指挥中心坐席',
    role: 'operator',
    departmentId: 'command_center',
  },
  { id: 'u-leader', username: 'leader', displayName: '值班领导', role: 'leader' },
  {
    id: 'u-gridworker',
    username: 'gridworker',
    displayName: 'YT-JC-01 网格员',
    role: 'grid_worker',
    staffId: 'S-YT-JC-01-grid_worker',
    gridIds: ['YT-JC-01'],
  },
  {
    id: 'u-inspector',
    username: 'inspector',
    displayName: 'YT-JC-01 督察员',
    role: 'grid_worker',
    staffId: 'S-YT-JC-01-inspector',
    gridIds: ['YT-JC-01'],
  },
  {
    id: 'u-handler',
    username: 'handler',
    displayName: '综合执法局第一中队',
    role: 'dept_handler',
    departmentId: 'enf_1',
  },
  { id: 'u-wall', username: 'wall', displayName: '指挥中心大屏', role: 'wall_kiosk' },
];

/** The simulator's actors: it logs in as these, like an outside system would. */
export function simulatedUsers(staff: Staff[], departments: Department[]): User[] {
  return [
    { id: 'u-sim-hotline', username: 'sim-hotline', displayName: '12345热线接口', role: 'operator' },
    { id: 'u-sim-video', username: 'sim-video', displayName: '视频告警接口', role: 'operator' },
    { id: 'u-sim-operator', username: 'sim-operator', displayName: '模拟坐席', role: 'operator' },
    ...staff.map((m): User => ({
      id: `u-staff-${m.id.toLowerCase()}`,
      username: `staff-${m.id.toLowerCase()}`,
      displayName: m.name,
      role: 'grid_worker',
      staffId: m.id,
      gridIds: m.gridIds,
    })),
    ...departments.map((d): User => ({
      id: `u-dept-${d.id}`,
      username: `dept-${d.id}`,
      displayName: d.name,
      role: 'dept_handler',
      departmentId: d.id,
    })),
  ];
}

/**
 * Demo users get DEMO_PASSWORD (or a fresh random one) at every start; the simulator's users share
 * one password kept in DATA_DIR. One hash per password: argon2 is deliberately slow.
 */
export async function seedUsers(
  repo: Repository,
  opts: {
    demo: boolean;
    demoPassword: string;
    simPassword: string;
    staff: Staff[];
    departments: Department[];
  },
): Promise<void> {
  if (opts.demo) {
    const demoHash = await hashPassword(opts.demoPassword);
    await repo.upsertUsers(DEMO_USERS.map((user) => ({ user, passwordHash: demoHash })));
  }
  const simHash = await hashPassword(opts.simPassword);
  await repo.upsertUsers(
    simulatedUsers(opts.staff, opts.departments).map((user) => ({ user, passwordHash: simHash })),
  );
}
