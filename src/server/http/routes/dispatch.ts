import { project } from '../../../shared/auth/projection';
import { assigneeSuggestions } from '../../../shared/schemas/oversight';
import type { CategoryCode, StaffRole } from '../../../shared/schemas/town';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { requireUser } from '../auth-hook';
import type { AppContext } from '../context';
import { notFound } from '../errors';

/**
 * Which of the grid's 一长六员 usually takes a category (DESIGN §3.1a): the grid worker handles the
 * everyday, the inspector hazards and violations, the patroller order and the dyke, the legal
 * officer disputes. Editable data, not logic.
 */
export const ROLE_FOR_CATEGORY: Record<CategoryCode, StaffRole> = {
  sanitation: 'grid_worker',
  city_order: 'inspector',
  illegal_building: 'inspector',
  safety: 'inspector',
  ecology: 'inspector',
  dispute: 'legal_officer',
  public_order: 'patroller',
  infrastructure: 'grid_worker',
  livelihood: 'liaison',
  agency: 'grid_worker',
  market: 'inspector',
  flood: 'patroller',
  petition: 'legal_officer',
};

/** Orders a unit is working on (派遣 to 处置中): the load a dispatcher balances. */
const OPEN_WORK = 'dispatched,accepted,in_progress';

function loads(orders: WorkOrder[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of orders) {
    if (!o.assignee) continue;
    const key = `${o.assignee.kind}:${o.assignee.id}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function registerDispatchRoutes(ctx: AppContext): void {
  ctx.routes.add(
    {
      method: 'GET',
      url: '/api/work-orders/:id/assignee-suggestions',
      summary: "Who to dispatch to: the grid's staff by role and load, departments and squads",
      tag: 'work-orders',
      response: assigneeSuggestions,
    },
    async ({ params }, req) => {
      const user = requireUser(req, 'work-order:command');
      const order = await ctx.repo.getWorkOrder(params.id ?? '');
      if (!order || project({ kind: 'work-order', value: order }, user) === null)
        throw notFound('work order');
      const ref = ctx.reference();
      const open = await ctx.repo.listWorkOrders({ status: OPEN_WORK }, { limit: 20_000, offset: 0 });
      const load = loads(open.items);
      const wanted = order.category ? ROLE_FOR_CATEGORY[order.category] : 'grid_worker';
      const gridStaff = order.gridId
        ? (await ctx.repo.listStaff()).filter((s) => s.gridIds.includes(order.gridId!))
        : [];
      const staff = gridStaff
        .map((s) => ({
          id: s.id,
          name: s.name,
          role: s.role,
          openLoad: load.get(`staff:${s.id}`) ?? 0,
          onDuty: s.onDuty,
          recommended: false,
        }))
        // The wanted role first, on duty before off duty, then the lightest load.
        .sort(
          (a, b) =>
            Number(b.role === wanted) - Number(a.role === wanted) ||
            Number(b.onDuty) - Number(a.onDuty) ||
            a.openLoad - b.openLoad ||
            a.id.localeCompare(b.id),
        );
      if (staff[0] && staff[0].role === wanted) staff[0].recommended = true;

      const category = ref.categories.find((c) => c.code === order.category);
      const squads = ref.departments.filter((d) => d.kind === 'squad');
      // City order goes to the squad whose district covers the order's village.
      const districtSquad =
        order.category === 'city_order' || order.category === 'illegal_building'
          ? squads.find((s) => order.villageId !== null && s.villageIds.includes(order.villageId))
          : undefined;
      const units = ref.departments
        .filter((d) => d.kind !== 'centre')
        .map((d) => {
          const kind = d.kind === 'squad' ? ('squad' as const) : ('department' as const);
          return {
            kind,
            id: d.id,
            name: d.name,
            openLoad: load.get(`${kind}:${d.id}`) ?? 0,
            recommended: districtSquad ? d.id === districtSquad.id : d.id === category?.defaultDepartmentId,
          };
        })
        .sort((a, b) => Number(b.recommended) - Number(a.recommended) || a.openLoad - b.openLoad);
      return { staff, units };
    },
  );
}
