/**
 * The wall benchmark's LOAD process: creates work orders over REST, each with a unique title, and
 * records when each 201 arrived (the commit time the wall's paint is measured against). A process
 * of its own so that the orchestrator, busy driving Chromium, cannot delay the load or its clock.
 * Driven over IPC by bench/lib/wall/wall-run.ts (see lib/wall/wall-protocol.ts).
 */
import { join } from 'node:path';
import { randomPointInGrid } from '../src/server/seed/geo-sample';
import { loadGrids } from '../src/server/seed/geo-load';
import { createRng } from '../src/server/seed/prng';
import type { LatLng } from '../src/shared/schemas/common';
import { ROOT } from './lib/children';
import { pace, type Pacer } from './lib/pacer';
import { call, login } from './lib/rest';
import { summarizeList } from './lib/stats';
import { wallClockMs } from './lib/time';
import type { Commit, FromWallLoad, StreamFigures, ToWallLoad } from './lib/wall/wall-protocol';

/** Distinct points, so 5,000 orders are 5,000 markers spread over the town rather than one pile. */
const POINTS = 6000;

let baseUrl = '';
let cookie = '';
let points: LatLng[] = [];
let serial = 0;

function send(m: FromWallLoad): void {
  process.send?.(m);
}

function townPoints(count: number): LatLng[] {
  const grids = loadGrids(join(ROOT, 'public', 'geo'));
  const basic = grids.filter((g) => g.type === 'basic');
  const rng = createRng(20261128);
  return Array.from({ length: count }, () => randomPointInGrid(rng, rng.pick(basic), grids));
}

/** One create; resolves with the commit record, or throws with the server's answer. */
async function create(tag: string): Promise<{ commit: Commit; ms: number }> {
  const n = serial++;
  const title = `大屏压测 ${tag}-${String(n).padStart(6, '0')}`;
  const reply = await call(baseUrl, 'POST', '/api/work-orders', cookie, {
    source: 'phone',
    title,
    description: `压测工单：群众来电反映路灯不亮，请尽快派人维修。${title}`,
    location: points[n % points.length],
  });
  const commitMs = wallClockMs();
  if (reply.status !== 201)
    throw new Error(`HTTP ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`);
  return { commit: [(reply.body as { id: string }).id, title, commitMs], ms: reply.ms };
}

async function seed(m: Extract<ToWallLoad, { type: 'seed' }>): Promise<void> {
  const t0 = performance.now();
  let next = 0;
  let created = 0;
  let failed = 0;
  const errors: string[] = [];
  const worker = async (): Promise<void> => {
    while (next < m.count) {
      next++;
      try {
        await create(m.tag);
        created++;
      } catch (err) {
        failed++;
        if (errors.length < 5) errors.push(String(err));
      }
    }
  };
  await Promise.all(Array.from({ length: m.concurrency }, worker));
  send({ type: 'seeded', created, failed, seconds: (performance.now() - t0) / 1000, errors });
}

/** The open-loop stream of the measured phases: a tick never waits for an earlier response. */
class Stream {
  private readonly pacer: Pacer;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly commits: Commit[] = [];
  private readonly restMs: number[] = [];
  private readonly errors: string[] = [];
  private readonly t0 = performance.now();
  private offsetSum = 0;
  private offsetN = 0;
  private sent = 0;
  private failed = 0;

  constructor(rateHz: number, tag: string) {
    this.pacer = pace(rateHz, () => this.fire(tag));
  }

  private fire(tag: string): void {
    this.sent++;
    const p = create(tag).then(
      ({ commit, ms }) => {
        this.commits.push(commit);
        this.restMs.push(ms);
        // Sampled at commits, i.e. at random phases of the millisecond, like the page's samples.
        this.offsetSum += wallClockMs() - Date.now();
        this.offsetN++;
      },
      (err: unknown) => {
        this.failed++;
        if (this.errors.length < 5) this.errors.push(String(err));
      },
    );
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  async stop(drainMs: number): Promise<{ commits: Commit[]; figures: StreamFigures }> {
    const { late } = this.pacer.stop();
    const seconds = (performance.now() - this.t0) / 1000;
    const timeout = new Promise<void>((r) => setTimeout(r, drainMs));
    await Promise.race([Promise.allSettled([...this.inFlight]), timeout]);
    return {
      commits: this.commits,
      figures: {
        sent: this.sent,
        ok: this.commits.length,
        failed: this.failed,
        unfinished: this.sent - this.commits.length - this.failed,
        achievedRateHz: this.sent / seconds,
        lateTicks: late,
        rest: summarizeList(this.restMs),
        errors: this.errors,
        clockOffsetMs: this.offsetN ? this.offsetSum / this.offsetN : Number.NaN,
      },
    };
  }
}

let stream: Stream | null = null;

process.on('message', (raw: unknown) => {
  const m = raw as ToWallLoad;
  const fail = (err: unknown): void => {
    process.stderr.write(`wall-load: ${String(err)}\n`);
    process.exit(1);
  };
  switch (m.type) {
    case 'login':
      baseUrl = m.url;
      points = townPoints(POINTS);
      login(m.url, m.username, m.password).then((c) => {
        cookie = c;
        send({ type: 'ready' });
      }, fail);
      break;
    case 'seed':
      seed(m).catch(fail);
      break;
    case 'start':
      stream = new Stream(m.rateHz, m.tag);
      break;
    case 'stop':
      if (!stream) return fail(new Error('stop without start'));
      stream.stop(m.drainMs).then((r) => send({ type: 'stopped', ...r }), fail);
      stream = null;
      break;
  }
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
