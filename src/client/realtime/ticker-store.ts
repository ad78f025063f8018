import { useSyncExternalStore } from 'react';
import type { DomainEvent } from '../../shared/schemas/event';
import type { EscalationLevel, Priority } from '../../shared/schemas/work-order';

/** What the wall's ticker (滚动播报) shows of an event. */
export type TickerKind = 'created' | 'escalated' | 'supervised' | 'camera-alert' | 'camera-offline';
export interface TickerEntry {
  seq: number;
  at: string;
  kind: TickerKind;
  /** The order or camera the entry is about. */
  entityId: string;
  title: string;
  /** The order's number, or the camera's grid. */
  detail: string | null;
  priority: Priority | null;
  /** Orders: the escalation level reached; cameras: null. */
  level: EscalationLevel | null;
}

/** The ticker keeps the newest entries only: a wall runs for weeks and must not grow. */
export const TICKER_CAPACITY = 40;

/** The ticker's view of an event, or null when it is not news (most updates are not). */
export function tickerEntryOf(event: DomainEvent): TickerEntry | null {
  const base = { seq: event.seq, at: event.at, entityId: event.entityId };
  switch (event.type) {
    case 'work-order:created':
    case 'work-order:updated': {
      const o = event.entity;
      const kind: TickerKind | null =
        event.type === 'work-order:created'
          ? 'created'
          : event.action === 'escalate'
            ? 'escalated'
            : event.action === 'supervise'
              ? 'supervised'
              : null;
      if (kind === null) return null;
      return {
        ...base,
        kind,
        title: o.title,
        detail: o.number,
        priority: o.priority,
        level: o.escalationLevel,
      };
    }
    case 'camera:status-changed': {
      const c = event.entity;
      if (c.status === 'online') return null;
      const kind = c.status === 'alerting' ? 'camera-alert' : 'camera-offline';
      return { ...base, kind, title: c.name, detail: c.gridId, priority: null, level: null };
    }
    default:
      return null;
  }
}

export interface TickerStore {
  getSnapshot: () => readonly TickerEntry[];
  subscribe: (listener: () => void) => () => void;
  push: (entry: TickerEntry) => void;
  /** Fills an empty ticker with what happened before this page opened (the newest orders). */
  backfill: (entries: readonly TickerEntry[]) => void;
}

export function createTickerStore(capacity = TICKER_CAPACITY): TickerStore {
  let entries: readonly TickerEntry[] = [];
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push(entry) {
      // Replays can repeat a seq: keep the first.
      if (entries.some((e) => e.seq === entry.seq)) return;
      entries = [entry, ...entries].sort((a, b) => b.seq - a.seq).slice(0, capacity);
      for (const listener of listeners) listener();
    },
    backfill(older) {
      if (entries.length > 0 || older.length === 0) return;
      entries = older.slice(0, capacity);
      for (const listener of listeners) listener();
    },
  };
}

/** The app's one ticker, fed only by the realtime bridge. */
export const appTicker = createTickerStore();

export function useTicker(store: TickerStore = appTicker): readonly TickerEntry[] {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
