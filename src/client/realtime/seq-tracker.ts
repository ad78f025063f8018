/**
 * Sequence bookkeeping of the realtime bridge, as a pure reducer.
 *
 * [S1] `lastSeq` only grows; an event with seq ≤ lastSeq is a duplicate (replay overlap, echo) and is ignored.
 * [S2] A (re)connect that sends `lastSeq` puts a replay in flight until `replay-complete` or `resync-required`.
 * [S3] A heartbeat's seq is the socket's watermark (every event up to it was sent or is not visible to this
 *      viewer): lastSeq adopts it. Only when its deliveredSeq is beyond lastSeq — an event was sent but never
 *      applied — is it a gap: the caller refetches. While a replay is in flight, heartbeats change nothing.
 * [S4] A fresh client (no lastSeq) adopts the first heartbeat's seq without a gap: its snapshots are refetched
 *      on connect.
 * [S5] `resync-required` adopts latestSeq and asks for everything to be refetched.
 */
export interface SeqState {
  lastSeq: number | null;
  replayPending: boolean;
}

export const initialSeqState: SeqState = { lastSeq: null, replayPending: false };

export type SeqInput =
  | { kind: 'connecting' }
  | { kind: 'disconnected' }
  | { kind: 'event'; seq: number }
  | { kind: 'heartbeat'; seq: number; deliveredSeq: number }
  | { kind: 'replay-complete'; toSeq: number }
  | { kind: 'resync'; latestSeq: number };

export type SeqDecision = 'apply' | 'ignore' | 'gap' | 'resync' | 'none';

export interface SeqStep {
  state: SeqState;
  decision: SeqDecision;
}

function adopt(lastSeq: number | null, seq: number): number {
  return lastSeq === null ? seq : Math.max(lastSeq, seq);
}

export function stepSeq(state: SeqState, input: SeqInput): SeqStep {
  switch (input.kind) {
    case 'connecting':
      return { state: { ...state, replayPending: state.lastSeq !== null }, decision: 'none' };
    case 'disconnected':
      return { state: { ...state, replayPending: false }, decision: 'none' };
    case 'event':
      if (state.lastSeq !== null && input.seq <= state.lastSeq) return { state, decision: 'ignore' };
      return { state: { ...state, lastSeq: input.seq }, decision: 'apply' };
    case 'heartbeat':
      if (state.lastSeq === null) return { state: { ...state, lastSeq: input.seq }, decision: 'none' };
      if (state.replayPending) return { state, decision: 'none' };
      return {
        state: { ...state, lastSeq: adopt(state.lastSeq, input.seq) },
        decision: input.deliveredSeq > state.lastSeq ? 'gap' : 'none',
      };
    case 'replay-complete':
      return {
        state: { lastSeq: adopt(state.lastSeq, input.toSeq), replayPending: false },
        decision: 'none',
      };
    case 'resync':
      return {
        state: { lastSeq: adopt(state.lastSeq, input.latestSeq), replayPending: false },
        decision: 'resync',
      };
  }
}
