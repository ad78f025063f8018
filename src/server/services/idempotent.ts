import { createHash } from 'node:crypto';
import type { Repository, Tx } from '../db/repository';
import type { DomainEvent } from '../../shared/schemas/event';
import { HttpError } from '../http/errors';

export interface CommandResult {
  status: number;
  body: unknown;
  events: DomainEvent[];
}

export interface IdempotencyInput {
  userId: string;
  key: string | undefined;
  /** What identifies the request: method, route and the validated body. */
  request: unknown;
}

export function requestHash(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

/**
 * Runs a write in one transaction, with its idempotency record inside the same transaction: a
 * replay of a key returns the first response, and a key reused for another body is refused (422).
 * Decided refusals (HttpError 4xx) are recorded too, so a retry gets the same answer. The events
 * are published after the commit.
 */
export async function runIdempotent(
  repo: Repository,
  publish: (events: DomainEvent[]) => void,
  idem: IdempotencyInput,
  at: string,
  work: (tx: Tx) => Promise<{ status: number; body: unknown; events: DomainEvent[] }>,
): Promise<CommandResult> {
  const hash = requestHash(idem.request);
  const outcome = await repo.transaction(async (tx): Promise<CommandResult> => {
    if (idem.key) {
      const existing = await tx.getIdempotency(idem.userId, idem.key);
      if (existing) {
        if (existing.requestHash !== hash) {
          throw new HttpError(
            422,
            'idempotency_key_reused',
            'Idempotency-Key was used with a different request',
          );
        }
        return { status: existing.status, body: existing.body, events: [] };
      }
    }
    let result: { status: number; body: unknown; events: DomainEvent[] };
    try {
      result = await work(tx);
    } catch (err) {
      if (!(err instanceof HttpError) || !idem.key || err.status >= 500) throw err;
      // Nothing was written by the refused work; only its answer is kept.
      await tx.saveIdempotency(
        idem.userId,
        idem.key,
        { requestHash: hash, status: err.status, body: err.toBody() },
        at,
      );
      return { status: err.status, body: err.toBody(), events: [] };
    }
    if (idem.key) {
      await tx.saveIdempotency(
        idem.userId,
        idem.key,
        { requestHash: hash, status: result.status, body: result.body },
        at,
      );
    }
    return result;
  });
  // Only now is the change durable: sockets never see an event that could still roll back.
  publish(outcome.events);
  return outcome;
}
