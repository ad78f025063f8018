import { randomUUID } from 'node:crypto';
import {
  nextRung,
  nextStep,
  responsibleUnit,
  withSchedule,
  type ClockConfig,
  type OversightStep,
} from '../../shared/clock/order-clocks';
import type { DomainEvent } from '../../shared/schemas/event';
import type { StageName, WorkOrder, WorkOrderCommand } from '../../shared/schemas/work-order';
import { toShanghaiIso } from '../../shared/work-order-number';
import { decide, type MachineActor } from '../../shared/work-order/machine';
import type { NewEvent, Repository, Tx } from '../db/repository';

/** The scheduler acts on the timeline as 系统 (the clock), with the centre's authority for 催办/督办/上报. */
export const SYSTEM_ACTOR = { userId: 'system', username: 'system', role: 'system' } as const;
const SYSTEM_MACHINE_ACTOR: MachineActor = { userId: 'system', role: 'operator' };

const STAGE_ZH: Record<StageName, string> = { signOff: '签收', resolve: '处置' };
/** Longest sleep between looks, so a missed poke or a changed setting is picked up soon anyway. */
const MAX_SLEEP_MS = 60_000;

export interface OversightDeps {
  repo: Repository;
  config: () => ClockConfig;
  now: () => Date;
  publish: (events: DomainEvent[]) => void;
  log: { error(obj: object, msg: string): void };
}

/**
 * The one scheduler of the clocks: each order carries the next instant it must be looked at
 * (`clocks.nextCheckAt`, indexed); at that instant the step is taken — yellow card + 催办, red
 * card + 督办, or 通报 + escalation one rung up the category's ladder (a leader approves the county)
 * — in one transaction with its ledger rows and timeline events. The clock is injected: tests
 * move it with `runUntil` instead of sleeping.
 */
export class OversightScheduler {
  private timer: NodeJS.Timeout | undefined;
  /** When the armed timer fires (ms since epoch); a poke for a later instant has nothing to do. */
  private armedAt = Infinity;
  private running: Promise<number> | null = null;
  private stopped = true;

  constructor(private readonly deps: OversightDeps) {}

  start(): void {
    this.stopped = false;
    void this.wake();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /**
   * Called after a commit with the orders' next checks: the timer is re-armed only when one of them
   * falls before it, so the common command costs a comparison, not a query.
   */
  poke(nextChecks?: ReadonlyArray<string | null>): void {
    if (this.stopped) return;
    if (nextChecks !== undefined) {
      let earliest = Infinity;
      for (const at of nextChecks) if (at !== null) earliest = Math.min(earliest, Date.parse(at));
      if (earliest >= this.armedAt) return;
    }
    void this.wake();
  }

  /** Takes every step due by now; returns how many orders were looked at. */
  async runDue(): Promise<number> {
    if (this.running) return this.running;
    this.running = this.runDueOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * For tests and replays: takes every step due up to `until`, each at its own instant, by moving
   * the injected clock there with `setNow` first.
   */
  async runUntil(until: string, setNow: (d: Date) => void): Promise<number> {
    let steps = 0;
    const limit = Date.parse(until);
    for (;;) {
      const next = await this.deps.repo.oversight.earliestCheck();
      if (next === null || Date.parse(next) > limit) break;
      setNow(new Date(Math.max(Date.parse(next), this.deps.now().getTime())));
      steps += await this.runDue();
    }
    setNow(new Date(limit));
    return steps;
  }

  /** Recomputes every open order's deadlines and next check (after the rules or calendar changed). */
  async reschedule(): Promise<number> {
    const ids = await this.deps.repo.oversight.openOrderIds();
    const cfg = this.deps.config();
    let changed = 0;
    for (const id of ids) {
      await this.deps.repo.transaction(async (tx) => {
        const order = await tx.getWorkOrder(id);
        if (!order) return;
        const next = withSchedule(order, cfg);
        if (JSON.stringify(next.clocks) === JSON.stringify(order.clocks)) return;
        // Not a change anyone made: the same version, only the schedule moves.
        if (await tx.updateWorkOrder(next, order.version)) changed++;
      });
    }
    this.poke();
    return changed;
  }

  private async wake(): Promise<void> {
    clearTimeout(this.timer);
    this.armedAt = -Infinity; // a wake is under way: pokes meanwhile wait for it to re-arm

    try {
      await this.runDue();
      const next = await this.deps.repo.oversight.earliestCheck();
      if (this.stopped) return;
      const wait = next === null ? MAX_SLEEP_MS : Date.parse(next) - this.deps.now().getTime();
      const delay = Math.min(MAX_SLEEP_MS, Math.max(wait, 10));
      this.armedAt = this.deps.now().getTime() + delay;
      this.timer = setTimeout(() => void this.wake(), delay);
      this.timer.unref();
    } catch (err) {
      this.deps.log.error({ err }, 'oversight scheduler failed; retrying');
      if (!this.stopped) this.timer = setTimeout(() => void this.wake(), 5_000);
    }
  }

  private async runDueOnce(): Promise<number> {
    let looked = 0;
    for (;;) {
      const nowIso = this.deps.now().toISOString();
      const ids = await this.deps.repo.oversight.dueOrderIds(nowIso, 200);
      if (ids.length === 0) return looked;
      for (const id of ids) {
        looked++;
        const events = await this.deps.repo.transaction((tx) => this.stepOrder(tx, id));
        this.deps.publish(events);
      }
    }
  }

  /** Takes the order's due step (or, when nothing is due after all, only moves its next check). */
  private async stepOrder(tx: Tx, id: string): Promise<DomainEvent[]> {
    const order = await tx.getWorkOrder(id);
    if (!order) return [];
    const cfg = this.deps.config();
    const now = this.deps.now();
    const step = nextStep(order, cfg);
    if (step === null || Date.parse(step.at) > now.getTime()) {
      const rescheduled = withSchedule(order, cfg);
      // Guarantees progress: a check that found nothing due must not stay due.
      if (
        rescheduled.clocks.nextCheckAt !== null &&
        Date.parse(rescheduled.clocks.nextCheckAt) <= now.getTime()
      )
        rescheduled.clocks.nextCheckAt = null;
      await tx.updateWorkOrder(rescheduled, order.version);
      return [];
    }
    const at = toShanghaiIso(now);
    const { order: next, events } = await this.apply(tx, order, step, at, cfg);
    const final = withSchedule({ ...next, version: order.version + 1, updatedAt: at }, cfg);
    if (!(await tx.updateWorkOrder(final, order.version))) return [];
    return tx.appendEvents(events.map((e) => ({ ...e, entity: final }) as NewEvent));
  }

  private async apply(
    tx: Tx,
    order: WorkOrder,
    step: OversightStep,
    at: string,
    cfg: ClockConfig,
  ): Promise<{ order: WorkOrder; events: Array<Omit<NewEvent, 'entity'>> }> {
    const unit = responsibleUnit(order);
    const stageZh = STAGE_ZH[step.stage];
    const events: Array<Omit<NewEvent, 'entity'>> = [];
    const event = (action: string, reason: string): void => {
      events.push({
        type: 'work-order:updated',
        at,
        action,
        actor: SYSTEM_ACTOR,
        entityId: order.id,
        reason,
      });
    };
    let current = order;
    const clock = current.clocks[step.stage];
    if (clock === null) return { order, events };
    const setClock = (changes: Partial<typeof clock>): void => {
      current = { ...current, clocks: { ...current.clocks, [step.stage]: { ...clock, ...changes } } };
    };
    const command = (cmd: WorkOrderCommand): boolean => {
      const decision = decide(current, cmd, { actor: SYSTEM_MACHINE_ACTOR, now: at });
      if (!decision.ok) return false;
      current = decision.order;
      for (const e of decision.events) event(e.action, e.reason ?? '');
      return true;
    };

    if (step.kind === 'yellow' || step.kind === 'red') {
      setClock({ colour: step.kind });
      const card = step.kind === 'yellow' ? '黄牌' : '红牌';
      const share = step.kind === 'yellow' ? '已用时限的80%' : '已超过时限';
      event('card', `${card}：${stageZh}${share}`);
      await tx.oversight.insertCard({
        id: randomUUID(),
        orderId: order.id,
        stage: step.stage,
        colour: step.kind,
        unit,
        at,
      });
      if (step.kind === 'yellow') {
        command({
          type: 'urge',
          expectedVersion: current.version,
          comment: `${card}自动催办：${stageZh}即将超时`,
        });
      } else if (
        command({
          type: 'supervise',
          expectedVersion: current.version,
          comment: `${card}自动督办：${stageZh}已超时`,
        })
      ) {
        await tx.oversight.insertSupervision({
          id: randomUUID(),
          orderId: order.id,
          unit,
          openedAt: at,
          openedBy: SYSTEM_ACTOR.userId,
          reason: `${stageZh}超时，请说明原因和办理计划`,
          answeredAt: null,
          answeredBy: null,
          answer: null,
        });
      }
      return { order: current, events };
    }

    // Still open N working days after red: 通报, and one rung up the ladder.
    setClock({ escalations: clock.escalations + 1 });
    const days = cfg.escalateAfterWorkingDays;
    const reason = `${stageZh}红牌后${days * (clock.escalations + 1)}个工作日仍未办结`;
    event('notice', `通报：${reason}`);
    await tx.oversight.insertNotice({ id: randomUUID(), orderId: order.id, unit, at, reason });
    const to = nextRung(current, cfg.ladders);
    if (to === 'county') {
      current = { ...current, escalationRequest: { to, requestedAt: at } };
      event('escalation_requested', `${reason}，提请带班领导批准上报县级`);
    } else if (to !== null) {
      command({
        type: 'escalate',
        expectedVersion: current.version,
        reason: `自动上报：${reason}`,
        toLevel: to,
      });
    }
    return { order: current, events };
  }
}
