/** One condition under which a latency figure means what it says. */
export interface Check {
  side: 'ours' | 'bare';
  name: string;
  value: number;
  ok: boolean;
  digits: number;
}

/** Above this, the client process itself queues messages and its latency is not the server's. */
export const CLIENT_LOOP_DELAY_LIMIT_MS = 10;

/**
 * The checks behind every verdict: the load really arrived (or was emitted), the measuring
 * client kept up, nothing was lost, and the machine was not busy with other work.
 */
export function checks(m: Record<string, number>, rateHz: number): Check[] {
  const out: Check[] = [];
  for (const side of ['ours', 'bare'] as const) {
    const v = (k: string): number => m[`${side}.${k}`] ?? Number.NaN;
    const events = v('eventsPerS');
    const loop = v('clientLoopDelay.p99');
    const missing = v('missing');
    const others = v('host.othersPercent');
    const parse = v('parseErrors');
    out.push(
      {
        side,
        name: `events/s in the window ≥ 95 % of the offered ${rateHz}/s`,
        value: events,
        ok: events >= 0.95 * rateHz,
        digits: 1,
      },
      {
        side,
        name: `client event-loop delay p99 ≤ ${CLIENT_LOOP_DELAY_LIMIT_MS} ms (the measuring client keeps up)`,
        value: loop,
        ok: loop <= CLIENT_LOOP_DELAY_LIMIT_MS,
        digits: 1,
      },
      { side, name: 'no delivery missing', value: missing, ok: missing === 0, digits: 0 },
      {
        side,
        name: 'fast parse = JSON.parse on every 100th message, no protocol error (worst run)',
        value: parse,
        ok: parse === 0,
        digits: 0,
      },
      {
        side,
        name: 'other work on the machine < 25 % of one core',
        value: others,
        ok: others < 25,
        digits: 1,
      },
    );
  }
  return out;
}

export function failing(all: Check[], sides: ('ours' | 'bare')[]): string[] {
  return all
    .filter((c) => sides.includes(c.side) && !c.ok)
    .map((c) => `${c.side}: not ${c.name} (${Number.isFinite(c.value) ? c.value.toFixed(c.digits) : '—'})`);
}
