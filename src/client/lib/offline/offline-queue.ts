import { z } from 'zod';

/**
 * Writes made without signal (commands, field reports), kept in localStorage and sent in order when
 * the signal returns.
 *
 * [Q1] An item is sent with the Idempotency-Key it was given when it was made, on every attempt: after
 *      an unknown outcome (timeout, 5xx, the phone lost signal mid-request) a resend is answered with
 *      the first result, never applied twice.
 * [Q2] Items leave strictly in the order they were made; while one waits, later ones wait behind it,
 *      and a new write joins the queue instead of overtaking it.
 * [Q3] Offline, a network error, 5xx, 401, 408 or 429: the item stays and the queue retries on the
 *      `online` event and on a timer with exponential back-off.
 * [Q4] Any other 4xx is the server's final answer: the item is removed and the reason kept to show.
 */
export const queuedItem = z.object({
  id: z.string(),
  /** The Idempotency-Key, fixed when the write was made. */
  key: z.string(),
  kind: z.enum(['command', 'report']),
  path: z.string(),
  body: z.unknown(),
  /** The order a command is about; null for a new report. */
  orderId: z.string().nullable(),
  /** What the screen calls it: an order number or report title, and the command type. */
  label: z.object({ subject: z.string(), action: z.string() }),
  queuedAt: z.string(),
  attempts: z.number().int().min(0),
});
export type QueuedItem = z.infer<typeof queuedItem>;
export type NewQueuedItem = Omit<QueuedItem, 'id' | 'queuedAt' | 'attempts'>;

export const droppedItem = z.object({
  item: queuedItem,
  status: z.number().int(),
  code: z.string(),
  message: z.string(),
  at: z.string(),
});
export type DroppedItem = z.infer<typeof droppedItem>;

const stored = z.object({ items: z.array(queuedItem), dropped: z.array(droppedItem) });

export type SendOutcome =
  | { kind: 'sent'; body: unknown }
  | { kind: 'retry'; reason: string }
  | { kind: 'drop'; status: number; code: string; message: string };

export type SubmitResult = { status: 'sent'; body: unknown } | { status: 'queued'; item: QueuedItem };

/** The server refused a write outright (Q4); it was not queued. */
export class WriteRefused extends Error {
  readonly status: number;
  readonly code: string;
  constructor(outcome: { status: number; code: string; message: string }) {
    super(outcome.message);
    this.name = 'WriteRefused';
    this.status = outcome.status;
    this.code = outcome.code;
  }
}

export interface QueueSnapshot {
  items: readonly QueuedItem[];
  dropped: readonly DroppedItem[];
  sending: boolean;
  /** When the next timed attempt is due (ms since epoch), or null. */
  retryAt: number | null;
}

export interface OfflineQueueDeps {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  storageKey: string;
  send: (item: QueuedItem) => Promise<SendOutcome>;
  isOnline: () => boolean;
  newId: () => string;
  now?: () => number;
  /** Back-off: first retry after baseMs, doubling up to maxMs. */
  baseMs?: number;
  maxMs?: number;
}

export interface OfflineQueue {
  getSnapshot: () => QueueSnapshot;
  subscribe: (listener: () => void) => () => void;
  /** Send now if nothing waits and there is signal; otherwise, or on a retryable failure, queue it. */
  submit: (item: NewQueuedItem) => Promise<SubmitResult>;
  /** Send what waits, in order, until the queue is empty or an attempt must be retried later. */
  flush: () => Promise<void>;
  dismiss: (droppedId: string) => void;
  /** Told of each queued write that went through, with the server's answer (to update the cache). */
  onSent: (listener: (item: QueuedItem, body: unknown) => void) => () => void;
  /** Listens for `online`; returns the function that stops listening and cancels the timer. */
  start: (target?: Pick<Window, 'addEventListener' | 'removeEventListener'>) => () => void;
}

const MAX_DROPPED_KEPT = 20;

function load(deps: OfflineQueueDeps): z.infer<typeof stored> {
  try {
    const raw = deps.storage?.getItem(deps.storageKey);
    const parsed = raw ? stored.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : { items: [], dropped: [] };
  } catch {
    return { items: [], dropped: [] };
  }
}

export function createOfflineQueue(deps: OfflineQueueDeps): OfflineQueue {
  const now = deps.now ?? Date.now;
  const baseMs = deps.baseMs ?? 2000;
  const maxMs = deps.maxMs ?? 60_000;
  const initial = load(deps);
  let snapshot: QueueSnapshot = { ...initial, sending: false, retryAt: null };
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let direct: Promise<SendOutcome> | null = null;
  const listeners = new Set<() => void>();
  const sentListeners = new Set<(item: QueuedItem, body: unknown) => void>();

  function update(next: Partial<QueueSnapshot>): void {
    snapshot = { ...snapshot, ...next };
    if (next.items !== undefined || next.dropped !== undefined) {
      try {
        deps.storage?.setItem(
          deps.storageKey,
          JSON.stringify({ items: snapshot.items, dropped: snapshot.dropped }),
        );
      } catch {
        // Storage full or disabled: the queue still holds the items for this page's life.
      }
    }
    for (const listener of listeners) listener();
  }

  function schedule(): void {
    if (timer !== null) clearTimeout(timer);
    const wait = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, wait);
    update({ retryAt: now() + wait });
  }

  function drop(item: QueuedItem, outcome: Extract<SendOutcome, { kind: 'drop' }>): void {
    const entry: DroppedItem = {
      item,
      status: outcome.status,
      code: outcome.code,
      message: outcome.message,
      at: new Date(now()).toISOString(),
    };
    update({
      items: snapshot.items.filter((i) => i.id !== item.id),
      dropped: [...snapshot.dropped, entry].slice(-MAX_DROPPED_KEPT),
    });
  }

  async function drain(): Promise<void> {
    while (snapshot.items.length > 0) {
      if (!deps.isOnline()) {
        failures += 1;
        return schedule();
      }
      const [head] = snapshot.items;
      if (!head) return;
      const item = { ...head, attempts: head.attempts + 1 };
      update({ items: [item, ...snapshot.items.slice(1)] });
      const outcome = await deps.send(item);
      if (outcome.kind === 'retry') {
        failures += 1;
        return schedule();
      }
      failures = 0;
      if (outcome.kind === 'drop') {
        drop(item, outcome);
        continue;
      }
      update({ items: snapshot.items.filter((i) => i.id !== item.id) });
      for (const listener of sentListeners) listener(item, outcome.body);
    }
  }

  function flush(): Promise<void> {
    if (running) return running;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    update({ sending: true, retryAt: null });
    running = drain().finally(() => {
      running = null;
      update({ sending: false });
    });
    return running;
  }

  function enqueue(item: QueuedItem): void {
    update({ items: [...snapshot.items, item] });
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async submit(input) {
      const item: QueuedItem = {
        ...input,
        id: deps.newId(),
        queuedAt: new Date(now()).toISOString(),
        attempts: 0,
      };
      if (snapshot.items.length > 0 || running || direct || !deps.isOnline()) {
        enqueue(item);
        if (!running && !direct && timer === null && deps.isOnline()) void flush();
        return { status: 'queued', item };
      }
      direct = deps.send({ ...item, attempts: 1 });
      try {
        const outcome = await direct;
        if (outcome.kind === 'sent') return { status: 'sent', body: outcome.body };
        if (outcome.kind === 'drop') throw new WriteRefused(outcome);
        // Unknown outcome: queue it with its key, so the resend is answered, not applied twice (Q1).
        update({ items: [{ ...item, attempts: 1 }, ...snapshot.items] });
        failures += 1;
        schedule();
        return { status: 'queued', item };
      } finally {
        direct = null;
        // Writes made while this one was in flight waited behind it (Q2).
        if (failures === 0 && snapshot.items.length > 0) void flush();
      }
    },
    flush,
    onSent(listener) {
      sentListeners.add(listener);
      return () => sentListeners.delete(listener);
    },
    dismiss(droppedId) {
      update({ dropped: snapshot.dropped.filter((d) => d.item.id !== droppedId) });
    },
    start(target = window) {
      const handleOnline = (): void => {
        failures = 0;
        void flush();
      };
      target.addEventListener('online', handleOnline);
      if (snapshot.items.length > 0) void flush();
      return () => {
        target.removeEventListener('online', handleOnline);
        if (timer !== null) clearTimeout(timer);
        timer = null;
      };
    },
  };
}
