import type { CategoryCode } from '../../shared/schemas/town';
import type { WorkOrder, WorkOrderCommand } from '../../shared/schemas/work-order';
import type { SeedTown } from '../seed/build-town';
import { rngFor, type Rng } from '../seed/prng';
import { reportFor } from './category-templates';
import {
  OUT_OF_TOWN_REASONS,
  REJECT_REASONS,
  RETURN_REASONS,
  SATISFACTION_WEIGHTS,
  URGE_COMMENTS,
  VERIFY_FAIL_REASONS,
  VERIFY_NOTES,
} from './lifecycle-texts';
import { dispatchTarget, guessCategory, guessPriority, verifierUsername } from './routing';
import { assigneeUsername, SIM_USERS } from './users';

/** The fields of an order the simulator reads; everything else the server may mask or add. */
export type SimOrder = Pick<
  WorkOrder,
  | 'id'
  | 'status'
  | 'version'
  | 'category'
  | 'priority'
  | 'title'
  | 'description'
  | 'gridId'
  | 'villageId'
  | 'outOfGrid'
  | 'assignee'
  | 'parked'
  | 'urgeCount'
  | 'updatedAt'
  | 'extension'
  | 'parking'
  | 'deadlines'
>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type CommandBody = DistributiveOmit<WorkOrderCommand, 'expectedVersion'>;

/** What the simulator remembers between polls (lost on restart, which only makes it forget a detour). */
export interface OrderMemory {
  /** The category an order was created as, for when the text gives the operator no clue. */
  intended: Map<string, CategoryCode>;
  /** Orders already returned once (退回) or reworked once (返工): they go straight on next time. */
  returned: Set<string>;
  reworked: Set<string>;
  /** Orders that already asked for an extension (延期) or parking (挂账): once is enough. */
  extended: Set<string>;
  parked: Set<string>;
}

export function createOrderMemory(): OrderMemory {
  return {
    intended: new Map(),
    returned: new Set(),
    reworked: new Set(),
    extended: new Set(),
    parked: new Set(),
  };
}

/** Keeps memory bounded on a server that runs for months: the oldest entries go first. */
export function trimMemory(memory: OrderMemory, max = 5000): void {
  for (const store of [memory.intended, memory.returned, memory.reworked, memory.extended, memory.parked]) {
    for (const key of store.keys()) {
      if (store.size <= max) break;
      store.delete(key);
    }
  }
}

export interface PlannedStep {
  username: string;
  command: CommandBody;
  /** Simulated seconds after the order entered its status at which the person acts. */
  afterSeconds: number;
  /** What to remember once the command succeeds. */
  remember?: 'returned' | 'reworked' | 'extended' | 'parked';
}

export interface PlanContext {
  town: SeedTown;
  seed: number;
  memory: OrderMemory;
}

const RETURN_SHARE = 0.04;
const REWORK_SHARE = 0.08;
const IN_TOWN_REJECT_SHARE = 0.03;
const OUT_OF_TOWN_REJECT_SHARE = 0.6;
/** Share of handlers who are slow at a stage: they make urging (催办) and yellow cards happen. */
const SLOW_SHARE = 0.12;
/**
 * Share of assignees who leave an order unsigned for most of a day or two (simulated): red cards,
 * 督办 and, when it drags on, 通报 and escalation up the ladder.
 */
const STUCK_SHARE = 0.05;
const STUCK_SECONDS: readonly [number, number] = [20 * 3600, 40 * 3600];
const EXTENSION_SHARE = 0.06;
const PARKING_SHARE = 0.04;
const APPROVE_SHARE = 0.75;

/** Simulated seconds a person takes; slow handlers take several times longer. */
function delay(rng: Rng, min: number, max: number, slowFactor = 1): number {
  const base = rng.int(min, max);
  return rng.chance(SLOW_SHARE) ? base * slowFactor : base;
}

/**
 * The next thing a real person would do with the order, and after how long — or null when no
 * simulated person acts on it (parked, or closed). Deterministic for a seed, an order and a status.
 */
export function planStep(order: SimOrder, ctx: PlanContext): PlannedStep | null {
  const rng = rngFor(ctx.seed, `${order.id}:${order.status}`);
  const { memory, town } = ctx;
  switch (order.status) {
    case 'new': {
      const afterSeconds = delay(rng, 30, 150);
      const rejectShare = order.outOfGrid ? OUT_OF_TOWN_REJECT_SHARE : IN_TOWN_REJECT_SHARE;
      if (rng.chance(rejectShare)) {
        const reason = rng.pick(order.outOfGrid ? OUT_OF_TOWN_REASONS : REJECT_REASONS);
        return { username: SIM_USERS.operator, afterSeconds, command: { type: 'reject', reason } };
      }
      const text = `${order.title} ${order.description}`;
      const category = order.category ?? guessCategory(text) ?? memory.intended.get(order.id) ?? 'sanitation';
      const priority = order.priority ?? guessPriority(rng, category, text);
      return {
        username: SIM_USERS.operator,
        afterSeconds,
        command: { type: 'register', category, priority },
      };
    }
    case 'registered': {
      const assignee = dispatchTarget(town, order, memory.returned.has(order.id));
      return {
        username: SIM_USERS.operator,
        afterSeconds: delay(rng, 20, 120),
        command: { type: 'dispatch', assignee },
      };
    }
    case 'dispatched': {
      if (!order.assignee) return null;
      const username = assigneeUsername(order.assignee);
      const afterSeconds = delay(rng, 45, 240, 5);
      if (!memory.returned.has(order.id) && rng.chance(RETURN_SHARE)) {
        const reason = rng.pick(RETURN_REASONS);
        return { username, afterSeconds, command: { type: 'return', reason }, remember: 'returned' };
      }
      if (rng.chance(STUCK_SHARE)) {
        return { username, afterSeconds: rng.int(...STUCK_SECONDS), command: { type: 'accept' } };
      }
      return { username, afterSeconds, command: { type: 'accept' } };
    }
    case 'accepted':
      if (!order.assignee) return null;
      return {
        username: assigneeUsername(order.assignee),
        afterSeconds: delay(rng, 30, 180),
        command: { type: 'start' },
      };
    case 'in_progress': {
      if (!order.assignee) return null;
      const detour = planDetour(order, order.assignee, ctx);
      if (detour) return detour;
      if (order.parked) return null;
      const report = reportFor(rng, order.category, order.title);
      const afterSeconds = delay(rng, 120, 600, 3);
      return {
        username: assigneeUsername(order.assignee),
        afterSeconds,
        command: { type: 'resolve', report },
      };
    }
    case 'resolved': {
      const username = verifierUsername(town, order);
      const afterSeconds = delay(rng, 60, 300);
      if (!memory.reworked.has(order.id) && rng.chance(REWORK_SHARE)) {
        const reason = rng.pick(VERIFY_FAIL_REASONS);
        return { username, afterSeconds, command: { type: 'verify_fail', reason }, remember: 'reworked' };
      }
      const note = rng.pick(VERIFY_NOTES);
      return {
        username,
        afterSeconds,
        command: note ? { type: 'verify_pass', note } : { type: 'verify_pass' },
      };
    }
    case 'verified': {
      const satisfaction = rng.weighted(SATISFACTION_WEIGHTS);
      return {
        username: SIM_USERS.operator,
        afterSeconds: delay(rng, 60, 240),
        command: { type: 'close', satisfaction },
      };
    }
    default:
      return null;
  }
}

/**
 * 延期 and 挂账 while handling: the handler asks, the centre approves or refuses, a parked order is
 * resumed later. Each order asks at most once for each (remembered), so no loop can form.
 */
function planDetour(
  order: SimOrder,
  assignee: NonNullable<SimOrder['assignee']>,
  ctx: PlanContext,
): PlannedStep | null {
  const rng = rngFor(ctx.seed, `${order.id}:detour:${order.version}`);
  const handler = assigneeUsername(assignee);
  const operator = SIM_USERS.operator;
  if (order.extension.state === 'requested') {
    const approve = rng.chance(APPROVE_SHARE);
    return {
      username: operator,
      afterSeconds: delay(rng, 60, 600),
      command: approve
        ? { type: 'approve_extension' }
        : { type: 'refuse_extension', reason: '理由不充分，请按原时限办理' },
    };
  }
  if (order.parking.state === 'requested') {
    const approve = rng.chance(APPROVE_SHARE);
    return {
      username: operator,
      afterSeconds: delay(rng, 60, 600),
      command: approve
        ? { type: 'approve_parking' }
        : { type: 'refuse_parking', reason: '具备办理条件，请继续处置' },
    };
  }
  if (order.parked) {
    return { username: handler, afterSeconds: rng.int(1800, 4 * 3600), command: { type: 'resume' } };
  }
  if (order.extension.state === 'none' && !ctx.memory.extended.has(order.id) && rng.chance(EXTENSION_SHARE)) {
    const base = Math.max(
      Date.parse(order.updatedAt),
      Date.parse(order.deadlines.resolve ?? order.updatedAt),
    );
    const until = new Date(base + 2 * 24 * 3600_000).toISOString();
    return {
      username: handler,
      afterSeconds: delay(rng, 120, 900),
      command: { type: 'request_extension', until, reason: '需协调相关部门，申请延长办理时限' },
      remember: 'extended',
    };
  }
  if (order.parking.state === 'none' && !ctx.memory.parked.has(order.id) && rng.chance(PARKING_SHARE)) {
    return {
      username: handler,
      afterSeconds: delay(rng, 120, 900),
      command: { type: 'request_parking', reason: '需等待专项资金到位，申请挂账' },
      remember: 'parked',
    };
  }
  return null;
}

const URGEABLE: ReadonlySet<SimOrder['status']> = new Set(['dispatched', 'accepted', 'in_progress']);
/** The centre urges an order that has sat at one stage this long (simulated seconds)… */
export const URGE_AFTER_SECONDS = 600;
/** …and not again within this long, and at most twice. */
const URGE_GAP_SECONDS = 600;
const MAX_URGES = 2;

/**
 * Occasional 催办 on slow orders. `stageSeconds` is how long the order has been at its status;
 * `sinceUrgeSeconds` how long since this simulator last urged it (null: never).
 */
export function planUrge(
  order: SimOrder,
  stageSeconds: number,
  sinceUrgeSeconds: number | null,
  seed: number,
): PlannedStep | null {
  if (!URGEABLE.has(order.status) || order.urgeCount >= MAX_URGES) return null;
  if (stageSeconds < URGE_AFTER_SECONDS) return null;
  if (sinceUrgeSeconds !== null && sinceUrgeSeconds < URGE_GAP_SECONDS) return null;
  const rng = rngFor(seed, `${order.id}:urge:${order.urgeCount}`);
  // Not every slow order gets urged: the operator has other things to do.
  if (!rng.chance(0.6)) return null;
  return {
    username: SIM_USERS.operator,
    afterSeconds: URGE_AFTER_SECONDS,
    command: { type: 'urge', comment: rng.pick(URGE_COMMENTS) },
  };
}
