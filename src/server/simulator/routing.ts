import type { CategoryCode } from '../../shared/schemas/town';
import type { Assignee, Priority, WorkOrder } from '../../shared/schemas/work-order';
import type { SeedTown } from '../seed/build-town';
import { squadForVillage } from '../seed/departments';
import type { Rng } from '../seed/prng';
import { staffId } from '../seed/staff';
import { TEMPLATES } from './category-templates';
import { PRIORITY_ORDER } from './template-types';
import { SIM_USERS, staffUsername } from './users';

/**
 * Handled inside the grid first (小事不出村): cleaning, errands (网格员即代办员) and mediation.
 * Out of any grid they go to the category's department instead: no grid team can take them.
 */
export const GRID_LEVEL: ReadonlySet<CategoryCode> = new Set(['sanitation', 'agency', 'dispute']);

/** Where sanitation goes when no grid team can take it: 环卫 sits in the planning/environment bureau. */
const SANITATION_FALLBACK = 'planning_env';

type Routable = Pick<WorkOrder, 'category' | 'gridId' | 'villageId'>;

function staffOf(town: SeedTown, gridId: string | null, role: 'grid_worker' | 'inspector'): string | null {
  if (gridId === null) return null;
  const id = staffId(gridId, role);
  return town.staff.some((s) => s.id === id) ? id : null;
}

/** The department a category goes to by default; city order goes to the squad of the village. */
function departmentAssignee(town: SeedTown, order: Routable): Assignee {
  if (order.category === 'city_order') {
    const squad = squadForVillage(town.departments, order.villageId);
    if (squad) return { kind: 'squad', id: squad.id };
  }
  const category = town.categories.find((c) => c.code === order.category);
  return { kind: 'department', id: category?.defaultDepartmentId ?? SANITATION_FALLBACK };
}

/**
 * Who gets the order. `returned` is true when it came back (退回) from its first assignee: then it
 * goes the other way — from the grid team to the department, or from a department to the grid team.
 */
export function dispatchTarget(town: SeedTown, order: Routable, returned: boolean): Assignee {
  const worker = staffOf(town, order.gridId, 'grid_worker');
  const gridFirst = order.category !== null && GRID_LEVEL.has(order.category);
  const toGrid = worker !== null && gridFirst !== returned;
  return toGrid ? { kind: 'staff', id: worker } : departmentAssignee(town, order);
}

/**
 * Who checks the work on site (核查): the grid's inspector, who never handles orders, so the
 * verifier always differs from the handler; the centre when the order lies in no grid.
 */
export function verifierUsername(town: SeedTown, order: Pick<WorkOrder, 'gridId'>): string {
  const inspector = staffOf(town, order.gridId, 'inspector');
  return inspector ? staffUsername(inspector) : SIM_USERS.operator;
}

/**
 * The operator's reading of a description: the category whose keywords occur most often. Null when
 * nothing matches, so the caller can fall back on what it knows.
 */
export function guessCategory(text: string): CategoryCode | null {
  let best: CategoryCode | null = null;
  let bestScore = 0;
  for (const [code, template] of Object.entries(TEMPLATES) as [
    CategoryCode,
    (typeof TEMPLATES)[CategoryCode],
  ][]) {
    const score = template.keywords.reduce((n, word) => n + (text.includes(word) ? 1 : 0), 0);
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return best;
}

/** Words that make an operator treat an event as urgent whatever its category. */
const URGENT_WORDS = ['受伤', '泄漏', '煤气味', '倒塌', '渗水', '冒出', '打架', '火灾', '堤顶'];

export function guessPriority(rng: Rng, category: CategoryCode, text: string): Priority {
  if (URGENT_WORDS.some((w) => text.includes(w)) && rng.chance(0.7)) return 'P1';
  const weights = TEMPLATES[category].priorities;
  return rng.weighted(PRIORITY_ORDER.map((p, i) => [p, weights[i]!] as const));
}
