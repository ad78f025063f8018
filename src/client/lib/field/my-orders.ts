import { activeStage } from '../../../shared/clock/order-clocks';
import type { User } from '../../../shared/schemas/user';
import type { CardColour, StageName, WorkOrder } from '../../../shared/schemas/work-order';

type Viewer = Pick<User, 'id' | 'staffId' | 'departmentId' | 'gridIds'>;

/** Assigned to me: my staff record, or my department / squad. */
export function isAssignedToMe(order: Pick<WorkOrder, 'assignee'>, viewer: Viewer): boolean {
  const { assignee } = order;
  if (!assignee) return false;
  if (assignee.kind === 'staff') return viewer.staffId !== undefined && assignee.id === viewer.staffId;
  return viewer.departmentId !== undefined && assignee.id === viewer.departmentId;
}

/** Resolved in one of my grids by someone else: mine to check on site (核查). */
export function awaitsMyVerification(
  order: Pick<WorkOrder, 'status' | 'gridId' | 'handlerUserId'>,
  viewer: Viewer,
): boolean {
  return (
    order.status === 'resolved' &&
    order.gridId !== null &&
    (viewer.gridIds ?? []).includes(order.gridId) &&
    order.handlerUserId !== viewer.id
  );
}

export function isMyWork(order: WorkOrder, viewer: Viewer): boolean {
  return isAssignedToMe(order, viewer) || awaitsMyVerification(order, viewer);
}

export interface StageView {
  stage: StageName;
  /** The instant the running stage is due. */
  due: string;
  colour: CardColour;
  /** Parked (挂账): the clock stands still. */
  paused: boolean;
}

/** The stage whose clock runs now, with its due time and the server's card colour. */
export function stageView(order: WorkOrder): StageView | null {
  const stage = activeStage(order);
  if (!stage) return null;
  const clock = order.clocks[stage];
  const due = order.deadlines[stage] ?? clock?.due;
  if (!clock || !due) return null;
  return { stage, due, colour: clock.colour, paused: order.parked };
}

const COLOUR_RANK: Record<CardColour, number> = { red: 0, yellow: 1, green: 2 };

/** Red cards first, then yellow, then by what is due soonest; orders without a clock last. */
export function byUrgency(a: WorkOrder, b: WorkOrder): number {
  const sa = stageView(a);
  const sb = stageView(b);
  if (!sa || !sb) return sa ? -1 : sb ? 1 : b.updatedAt.localeCompare(a.updatedAt);
  return COLOUR_RANK[sa.colour] - COLOUR_RANK[sb.colour] || Date.parse(sa.due) - Date.parse(sb.due);
}

export interface DurationParts {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
}

/** The time left until `due` (or past it), in whole minutes. */
export function timeLeft(due: string, now: number): DurationParts {
  const ms = Date.parse(due) - now;
  const minutesTotal = Math.floor(Math.abs(ms) / 60_000);
  return {
    overdue: ms < 0,
    days: Math.floor(minutesTotal / 1440),
    hours: Math.floor((minutesTotal % 1440) / 60),
    minutes: minutesTotal % 60,
  };
}
