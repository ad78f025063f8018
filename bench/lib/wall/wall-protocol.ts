import type { Summary } from '../stats';

/** One created order: its id, title and commit time (REST 201 read by the load process, wall clock ms). */
export type Commit = [id: string, title: string, commitMs: number];

/** Orchestrator → wall load process (IPC). */
export type ToWallLoad =
  | { type: 'login'; url: string; username: string; password: string }
  /** Creates `count` orders as fast as `concurrency` allows (the seed before the pan). */
  | { type: 'seed'; count: number; concurrency: number; tag: string }
  /** Creates one order per 1/rateHz s, open loop, each with a unique title starting with `tag`. */
  | { type: 'start'; rateHz: number; tag: string }
  | { type: 'stop'; drainMs: number };

export interface StreamFigures {
  sent: number;
  ok: number;
  failed: number;
  /** Still unanswered when the drain gave up. */
  unfinished: number;
  achievedRateHz: number;
  lateTicks: number;
  /** REST round trip of the creates. */
  rest: Summary;
  errors: string[];
  /** (timeOrigin + now) − Date.now() of this process, averaged over its commits. */
  clockOffsetMs: number;
}

/** Wall load process → orchestrator (IPC). */
export type FromWallLoad =
  | { type: 'ready' }
  | { type: 'seeded'; created: number; failed: number; seconds: number; errors: string[] }
  | { type: 'stopped'; commits: Commit[]; figures: StreamFigures };
