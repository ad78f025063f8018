import { z } from 'zod';
import { ApiError, apiPost, NetworkError, ResponseShapeError } from '../api-client';
import type { QueuedItem, SendOutcome } from './offline-queue';

/** Answers worth asking again: the session may come back (401), the server may recover. */
const RETRYABLE_4XX = new Set([401, 408, 429]);

/** One attempt at a queued write, always with the key it was made with. */
export async function sendQueued(item: QueuedItem): Promise<SendOutcome> {
  try {
    const body = await apiPost(item.path, item.body, z.unknown(), item.key);
    return { kind: 'sent', body };
  } catch (error) {
    if (error instanceof ApiError) {
      if (error.status >= 500 || RETRYABLE_4XX.has(error.status))
        return { kind: 'retry', reason: `http ${error.status}` };
      return { kind: 'drop', status: error.status, code: error.code, message: error.message };
    }
    if (error instanceof NetworkError) return { kind: 'retry', reason: 'network' };
    // A 2xx the client cannot read was still accepted; sending it again would change nothing.
    if (error instanceof ResponseShapeError) return { kind: 'sent', body: undefined };
    return { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
  }
}
