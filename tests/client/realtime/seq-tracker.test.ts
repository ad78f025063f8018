import { describe, expect, it } from 'vitest';
import { initialSeqState, stepSeq } from '../../../src/client/realtime/seq-tracker';
import type { SeqInput, SeqState } from '../../../src/client/realtime/seq-tracker';

function run(inputs: SeqInput[], from: SeqState = initialSeqState): { state: SeqState; decisions: string[] } {
  let state = from;
  const decisions: string[] = [];
  for (const input of inputs) {
    const step = stepSeq(state, input);
    state = step.state;
    decisions.push(step.decision);
  }
  return { state, decisions };
}

describe('seq tracker', () => {
  it('[S1] applies increasing seqs and ignores duplicates and older ones', () => {
    const { state, decisions } = run([
      { kind: 'event', seq: 5 },
      { kind: 'event', seq: 7 },
      { kind: 'event', seq: 7 },
      { kind: 'event', seq: 6 },
      { kind: 'event', seq: 8 },
    ]);
    expect(decisions).toEqual(['apply', 'apply', 'ignore', 'ignore', 'apply']);
    expect(state.lastSeq).toBe(8);
  });

  it('[S1] never moves lastSeq backwards, whatever arrives', () => {
    const { state } = run([
      { kind: 'event', seq: 10 },
      { kind: 'heartbeat', seq: 3, deliveredSeq: 0 },
      { kind: 'replay-complete', toSeq: 4 },
      { kind: 'resync', latestSeq: 2 },
    ]);
    expect(state.lastSeq).toBe(10);
  });

  it('[S2] a reconnect with a lastSeq waits for replay-complete before judging gaps', () => {
    const { decisions, state } = run([
      { kind: 'event', seq: 10 },
      { kind: 'disconnected' },
      { kind: 'connecting' },
      { kind: 'heartbeat', seq: 14, deliveredSeq: 0 },
      { kind: 'event', seq: 11 },
      { kind: 'event', seq: 14 },
      { kind: 'replay-complete', toSeq: 14 },
      { kind: 'heartbeat', seq: 14, deliveredSeq: 0 },
    ]);
    expect(decisions).toEqual(['apply', 'none', 'none', 'none', 'apply', 'apply', 'none', 'none']);
    expect(state).toEqual({ lastSeq: 14, replayPending: false });
  });

  it('[S2] a fresh connect (no lastSeq) has no replay pending', () => {
    expect(stepSeq(initialSeqState, { kind: 'connecting' }).state.replayPending).toBe(false);
  });

  it('[S3] a heartbeat adopts the watermark silently when every delivered event was applied', () => {
    const { decisions, state } = run([
      { kind: 'event', seq: 10 },
      { kind: 'heartbeat', seq: 10, deliveredSeq: 10 },
      // Events 11 and 12 concerned other grids: filtered for this viewer, not lost.
      { kind: 'heartbeat', seq: 12, deliveredSeq: 10 },
    ]);
    expect(decisions).toEqual(['apply', 'none', 'none']);
    expect(state.lastSeq).toBe(12);
  });

  it('[S3] a heartbeat whose deliveredSeq is beyond lastSeq is a gap, reported once', () => {
    const { decisions, state } = run([
      { kind: 'event', seq: 10 },
      // Event 11 reached the socket but was never applied (e.g. dropped as invalid).
      { kind: 'heartbeat', seq: 12, deliveredSeq: 11 },
      { kind: 'heartbeat', seq: 12, deliveredSeq: 11 },
    ]);
    expect(decisions).toEqual(['apply', 'gap', 'none']);
    expect(state.lastSeq).toBe(12);
  });

  it('[S3] replay-complete adopts toSeq so events the viewer may not see are not a gap', () => {
    const { decisions } = run([
      { kind: 'event', seq: 10 },
      { kind: 'connecting' },
      { kind: 'replay-complete', toSeq: 20 },
      { kind: 'heartbeat', seq: 20, deliveredSeq: 0 },
    ]);
    expect(decisions.at(-1)).toBe('none');
  });

  it('[S4] a fresh client adopts the first heartbeat without a gap', () => {
    const { decisions, state } = run([
      { kind: 'connecting' },
      { kind: 'heartbeat', seq: 42, deliveredSeq: 0 },
    ]);
    expect(decisions).toEqual(['none', 'none']);
    expect(state.lastSeq).toBe(42);
  });

  it('[S5] resync-required adopts latestSeq, ends the replay and asks for a refetch', () => {
    const { decisions, state } = run([
      { kind: 'event', seq: 3 },
      { kind: 'connecting' },
      { kind: 'resync', latestSeq: 900 },
    ]);
    expect(decisions.at(-1)).toBe('resync');
    expect(state).toEqual({ lastSeq: 900, replayPending: false });
    expect(stepSeq(state, { kind: 'event', seq: 900 }).decision).toBe('ignore');
    expect(stepSeq(state, { kind: 'event', seq: 901 }).decision).toBe('apply');
  });
});
