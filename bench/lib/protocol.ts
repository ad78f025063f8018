import type { Summary } from './stats';

/** One event as a client received it, kept so the bare server can send the same bytes. */
export interface CapturedEvent {
  event: string;
  payload: Record<string, unknown>;
}

/** Orchestrator → client process (IPC). */
export type ToClients =
  | { type: 'connect'; url: string; cookies: string[] | null; count: number; concurrency: number }
  | { type: 'record'; fromMs: number; toMs: number; capture: number }
  | { type: 'progress' }
  | { type: 'report' }
  | { type: 'close' };

export interface ClientReport {
  sockets: number;
  /** receipt − `at`, one sample per event per socket whose `at` lies in the window, in ms. */
  latency: Summary;
  /** Distinct event seqs seen in the window (any socket). */
  events: number;
  /** Samples collected: ideally events × sockets. */
  deliveries: number;
  missing: number;
  perSocketMin: number;
  perSocketMax: number;
  /** UTF-8 bytes of JSON.stringify(payload), from socket 0; the frame adds the event name. */
  meanPayloadBytes: number;
  disconnects: number;
  /** Measured messages whose fast byte-level parse was checked against a full JSON.parse. */
  parseChecks: number;
  /** Checked messages where JSON.parse disagreed, plus measured events the fast path could not read. */
  parseMismatches: number;
  /** Frames the raw client did not expect (masked, binary, stray continuation). */
  protocolErrors: number;
  /** The first few of those errors, for the JSON result. */
  errorSamples: string[];
  /** Event-loop delay of the client process over the window (perf_hooks, 1 ms resolution). */
  loopDelayMs: { p50: number; p99: number; max: number };
  /** Mean of (performance.timeOrigin + performance.now()) − Date.now() in the client process. */
  clockOffsetMs: number;
  captured: CapturedEvent[];
}

/** Client process → orchestrator (IPC). */
export type FromClients =
  | { type: 'connected'; connected: number; failed: number; errors: string[] }
  | { type: 'progress'; deliveries: number }
  | { type: 'report'; report: ClientReport };

/** Orchestrator → bare server (IPC). */
export type ToBare = { type: 'start'; rateHz: number } | { type: 'stop' };

/** Bare server → orchestrator (IPC). */
export type FromBare =
  { type: 'listening'; port: number } | { type: 'stopped'; emitted: number; late: number };
