import { staffRoleCodes, type Grid, type Staff, type StaffRole } from '../../shared/schemas/town';
import { randomPointInGrid } from './geo-sample';
import { drawMobile, drawPersonName, drawUnique } from './names';
import { rngFor } from './prng';

/** Share of Party members among grid staff in the source text (党员占比71%). */
export const PARTY_SHARE = 0.71;

/**
 * Specialised grids overlay basic ones and borrow most helpers from them; they get their own leader,
 * worker (who takes their orders), inspector (who checks them), liaison and patroller.
 */
export const SPECIALISED_ROLES: ReadonlyArray<StaffRole> = [
  'grid_leader',
  'grid_worker',
  'liaison',
  'inspector',
  'patroller',
];

/** Readable and stable: the demo users `gridworker` and `inspector` link to S-YT-JC-01-…. */
export function staffId(gridId: string, role: StaffRole): string {
  return `S-${gridId}-${role}`;
}

/** Full-time roles are always on duty: the simulator dispatches to and verifies with them. */
const ALWAYS_ON_DUTY: ReadonlySet<StaffRole> = new Set(['grid_leader', 'grid_worker', 'inspector']);

export function buildStaff(grids: ReadonlyArray<Grid>, seed: number): Staff[] {
  const rng = rngFor(seed, 'staff');
  const names = new Set<string>();
  const phones = new Set<string>();
  const staff: Staff[] = [];
  for (const grid of grids) {
    const roles = grid.type === 'basic' ? staffRoleCodes : SPECIALISED_ROLES;
    for (const role of roles) {
      staff.push({
        id: staffId(grid.grid_id, role),
        name: drawUnique(rng, names, (r) => drawPersonName(r)),
        role,
        gridIds: [grid.grid_id],
        villageId: grid.village_id,
        partyMember: false,
        onDuty: ALWAYS_ON_DUTY.has(role) || rng.chance(0.85),
        phone: drawUnique(rng, phones, drawMobile),
        position: randomPointInGrid(rng, grid, grids),
        // Seeded positions were never reported by anyone: no report time.
        positionAt: null,
        version: 1,
      });
    }
  }
  assignPartyMembers(staff, seed);
  return staff;
}

/**
 * Exactly round(71 %) of the staff are Party members, whatever the count: grid leaders first (in
 * the 党委+党支部+… structure the grid leader is usually a branch secretary or a Party member), the
 * rest drawn at random.
 */
function assignPartyMembers(staff: Staff[], seed: number): void {
  const rng = rngFor(seed, 'party');
  let quota = Math.round(staff.length * PARTY_SHARE);
  const leaders = staff.filter((s) => s.role === 'grid_leader');
  const others = rng.shuffle(staff.filter((s) => s.role !== 'grid_leader'));
  for (const s of [...leaders, ...others]) {
    if (quota === 0) break;
    s.partyMember = true;
    quota--;
  }
}
