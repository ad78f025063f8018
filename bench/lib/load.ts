import { call, type Reply } from './rest';
import { pace, type Pacer } from './pacer';
import { summarizeList, type Summary } from './stats';

/** Inside basic grid YT-JC-01, so every order gets a grid and all three roles see it. */
const LOCATION = { lat: 34.8809, lng: 116.85527 };
const CATEGORIES = ['sanitation', 'city_order', 'safety', 'infrastructure'] as const;
const PRIORITIES = ['P2', 'P3'] as const;

/**
 * One cycle of ten commands: six creates, two registers, two dispatches. Mostly creates (the
 * intake burst of a command centre) with updates mixed in so the payloads vary.
 */
const MIX = [
  'create',
  'create',
  'register',
  'create',
  'create',
  'dispatch',
  'create',
  'create',
  'register',
  'dispatch',
] as const;
type Kind = (typeof MIX)[number];

interface OrderRef {
  id: string;
  version: number;
}

export interface LoadFigures {
  sent: number;
  ok: number;
  failed: number;
  /** Sent in the window but still unanswered when the drain gave up (the server's backlog). */
  unfinished: number;
  byKind: Record<Kind, number>;
  achievedRateHz: number;
  /** Ticks the pacer fired more than 2 ms late. */
  lateTicks: number;
  /** REST round trip (request sent → response body read) of the commands in the window. */
  rest: Summary;
  errors: string[];
}

/**
 * The LOAD: REST commands at a fixed rate, open loop (a tick never waits for an earlier
 * response), so a slow server sees the load pile up as it would in production.
 */
export class LoadGenerator {
  private pacer: Pacer | null = null;
  private readonly fresh: OrderRef[] = [];
  private readonly registered: OrderRef[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private recording = false;
  private sent = 0;
  private ok = 0;
  private failed = 0;
  private readonly byKind: Record<Kind, number> = { create: 0, register: 0, dispatch: 0 };
  private readonly restMs: number[] = [];
  private readonly errors: string[] = [];
  private t0 = 0;
  private t1 = 0;
  private lateTicks = 0;
  private serial = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly cookie: string,
    private readonly departments: readonly string[],
  ) {}

  start(rateHz: number): void {
    this.pacer = pace(rateHz, (i) => this.fire(MIX[i % MIX.length] ?? 'create'));
  }

  /** From now on commands count towards the figures (the warm-up is over). */
  record(): void {
    this.recording = true;
    this.t0 = performance.now();
  }

  /** Stops issuing and waits (bounded) for the commands still in flight. */
  async stop(drainMs: number): Promise<void> {
    this.lateTicks = this.pacer?.stop().late ?? 0;
    this.pacer = null;
    this.t1 = performance.now();
    const timeout = new Promise<void>((r) => setTimeout(r, drainMs));
    await Promise.race([Promise.allSettled([...this.inFlight]), timeout]);
    this.recording = false;
  }

  figures(): LoadFigures {
    return {
      sent: this.sent,
      ok: this.ok,
      failed: this.failed,
      unfinished: this.sent - this.ok - this.failed,
      byKind: { ...this.byKind },
      achievedRateHz: this.sent / ((this.t1 - this.t0) / 1000),
      lateTicks: this.lateTicks,
      rest: summarizeList(this.restMs),
      errors: this.errors.slice(0, 5),
    };
  }

  private fire(wanted: Kind): void {
    // Without an order in the needed state (only at the very start) the tick creates one instead.
    let kind: Kind = wanted;
    if (kind === 'register' && this.fresh.length === 0) kind = 'create';
    if (kind === 'dispatch' && this.registered.length === 0) kind = 'create';
    const counted = this.recording;
    if (counted) {
      this.sent++;
      this.byKind[kind]++;
    }
    const p = this.issue(kind).then(
      (reply) => {
        if (!counted) return;
        this.restMs.push(reply.ms);
        if (reply.status < 300) this.ok++;
        else this.fail(`${kind}: HTTP ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`);
      },
      (err: unknown) => {
        if (counted) this.fail(`${kind}: ${String(err)}`);
      },
    );
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  private fail(message: string): void {
    this.failed++;
    if (this.errors.length < 20) this.errors.push(message);
  }

  private async issue(kind: Kind): Promise<Reply> {
    const n = this.serial++;
    if (kind === 'create') {
      // Fixed-width numbering keeps every create payload the same size.
      const tag = String(n).padStart(6, '0');
      const reply = await call(this.baseUrl, 'POST', '/api/work-orders', this.cookie, {
        source: 'phone',
        title: `路灯不亮 压测 ${tag}`,
        description: `群众来电反映小区门口路灯连续三晚不亮，夜间出行不便，请尽快派人维修。编号 ${tag}`,
        location: LOCATION,
      });
      if (reply.status === 201) this.fresh.push(refOf(reply.body));
      return reply;
    }
    if (kind === 'register') {
      const order = this.fresh.shift() as OrderRef;
      const reply = await call(this.baseUrl, 'POST', `/api/work-orders/${order.id}/commands`, this.cookie, {
        type: 'register',
        expectedVersion: order.version,
        category: CATEGORIES[n % CATEGORIES.length],
        priority: PRIORITIES[n % PRIORITIES.length],
      });
      if (reply.status === 200) this.registered.push(refOf(reply.body));
      return reply;
    }
    const order = this.registered.shift() as OrderRef;
    return call(this.baseUrl, 'POST', `/api/work-orders/${order.id}/commands`, this.cookie, {
      type: 'dispatch',
      expectedVersion: order.version,
      assignee: { kind: 'department', id: this.departments[n % this.departments.length] },
    });
  }
}

function refOf(body: unknown): OrderRef {
  const o = body as { id: string; version: number };
  return { id: o.id, version: o.version };
}
