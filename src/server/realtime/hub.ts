import type { Server, Socket } from 'socket.io';
import { can, scopeOf, type Action } from '../../shared/auth/policy';
import { project, type ProjectableEntity, type Viewer } from '../../shared/auth/projection';
import type { DomainEvent } from '../../shared/schemas/event';
import type { Role, User } from '../../shared/schemas/user';
import {
  HEARTBEAT_INTERVAL_MS,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '../../shared/realtime';
import type { Repository } from '../db/repository';
import { toShanghaiIso } from '../../shared/work-order-number';
import { queuedBytes } from './queued-bytes';
import { holdWrites } from './write-coalescing';

export type IoServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface SocketData {
  user: User;
  lastSeq: number | undefined;
}

interface Group {
  payload: object | null;
  ids: string[];
  excluded: string[];
}

interface SocketState {
  socket: IoSocket;
  viewer: Viewer;
  /** Highest seq this socket has been brought up to (sent, or filtered out by projection). */
  lastSent: number;
  /** Seq of the last event actually emitted to this socket. */
  lastDelivered: number;
  replaying: boolean;
  buffered: DomainEvent[];
  overflowed: boolean;
}

export interface HubOptions {
  replayBound: number;
  queueCapBytes: number;
  heartbeatMs?: number;
  log: { warn(obj: object, msg: string): void; debug(obj: object, msg: string): void };
}

function entityOf(event: DomainEvent): ProjectableEntity {
  switch (event.type) {
    case 'work-order:created':
    case 'work-order:updated':
      return { kind: 'work-order', value: event.entity };
    case 'camera:status-changed':
    case 'camera:created':
    case 'camera:updated':
    case 'camera:deleted':
      return { kind: 'camera', value: event.entity };
    case 'staff:moved':
      return { kind: 'staff', value: event.entity };
    case 'camera-alert:created':
    case 'camera-alert:updated':
      return { kind: 'camera-alert', value: event.entity };
  }
}

const READ_ACTION: Record<ProjectableEntity['kind'], Action> = {
  'work-order': 'work-order:read',
  camera: 'camera:read',
  'camera-alert': 'camera:read',
  staff: 'staff:read',
};

/**
 * Pushes committed events to every socket that may see them, replays the gap after a reconnect,
 * and turns a client that cannot keep up into a `resync-required` instead of unbounded memory.
 */
export class RealtimeHub {
  private readonly states = new Map<string, SocketState>();
  private latest = 0;
  private timer: NodeJS.Timeout | undefined;
  /** Committed events waiting for this turn of the event loop to end, to go out together. */
  private pending: DomainEvent[] = [];
  private flushScheduled = false;

  constructor(
    private readonly io: IoServer,
    private readonly repo: Repository,
    private readonly opts: HubOptions,
  ) {}

  async start(): Promise<void> {
    this.latest = await this.repo.latestSeq();
    this.io.on('connection', (socket) => void this.handleConnection(socket));
    this.timer = setInterval(() => this.beat(), this.opts.heartbeatMs ?? HEARTBEAT_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  get latestSeq(): number {
    return this.latest;
  }

  get socketCount(): number {
    return this.states.size;
  }

  /** Closes every socket of one user (a revoked kiosk token): their session is gone, so is the feed. */
  disconnectUser(userId: string): number {
    let closed = 0;
    for (const state of [...this.states.values()]) {
      if (state.viewer.id !== userId) continue;
      state.socket.disconnect(true);
      closed++;
    }
    return closed;
  }

  /**
   * Called only after the events' transaction committed. Events committed in one turn of the event
   * loop (one group commit) go out together at its end, so each socket gets them in one write
   * instead of one write each: under load the per-socket system call, not JSON, is what costs.
   */
  publish(events: DomainEvent[]): void {
    if (events.length === 0) return;
    for (const event of events) if (event.seq > this.latest) this.latest = event.seq;
    this.pending.push(...events);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // After the current microtasks: every publish of one group commit (their continuations run
    // together) joins the batch, and nothing waits for another turn of the event loop.
    process.nextTick(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const events = this.pending;
    this.pending = [];
    const release = events.length > 1 ? holdWrites(this.states.values(), (s) => s.socket) : null;
    try {
      for (const event of events) this.fanOut(event);
    } finally {
      release?.();
    }
  }

  private fanOut(event: DomainEvent): void {
    const groups = new Map<string, Group>();
    const keys = new Map<Role, string | null>();
    for (const state of this.states.values()) {
      const key = this.groupKey(state, event, keys);
      const group = groups.get(key) ?? { payload: null, ids: [], excluded: [] };
      groups.set(key, group);
      if (state.replaying) {
        state.buffered.push(event);
        group.excluded.push(state.socket.id);
      } else if (!this.collect(state, event, group)) {
        group.excluded.push(state.socket.id);
      }
    }
    for (const [key, group] of groups) {
      if (group.payload === null) continue;
      // Encoded once per group of viewers that see the same projection; a role's group goes to
      // its room, so the adapter need not build the set from one room per socket.
      if (key.startsWith('role:'))
        this.io
          .to(key)
          .except(group.excluded)
          .emit(event.type, group.payload as never);
      else if (group.ids.length > 0) this.io.to(group.ids).emit(event.type, group.payload as never);
    }
  }

  /** Viewers whose projection of this kind of entity depends only on their role share one payload. */
  private groupKey(state: SocketState, event: DomainEvent, keys: Map<Role, string | null>): string {
    const role = state.viewer.role;
    let key = keys.get(role);
    if (key === undefined) {
      const kind = entityOf(event).kind;
      const shared =
        scopeOf(role, READ_ACTION[kind]) === 'all' && (kind !== 'staff' || can(role, 'personal-data:unmask'));
      key = shared ? `role:${role}` : null;
      keys.set(role, key);
    }
    return key ?? `socket:${state.socket.id}`;
  }

  /** Decides whether this socket gets the event; true when it does (and records it). */
  private collect(state: SocketState, event: DomainEvent, group: Group): boolean {
    if (event.seq <= state.lastSent) return false;
    state.lastSent = event.seq;
    if (state.overflowed) return false;
    if (group.payload === null) {
      const visible = project(entityOf(event), state.viewer);
      if (visible === null) return false;
      group.payload = payloadOf(event, visible);
    }
    if (queuedBytes(state.socket) > this.opts.queueCapBytes) {
      this.overflow(state);
      return false;
    }
    group.ids.push(state.socket.id);
    state.lastDelivered = event.seq;
    return true;
  }

  private overflow(state: SocketState): void {
    state.overflowed = true;
    this.opts.log.warn(
      { socket: state.socket.id, user: state.viewer.id },
      'socket queue over cap; resync on drain',
    );
    state.socket.conn.once('drain', () => {
      state.overflowed = false;
      state.lastSent = Math.max(state.lastSent, this.latest);
      state.socket.emit('resync-required', { latestSeq: this.latest });
    });
  }

  private async handleConnection(socket: IoSocket): Promise<void> {
    const { user, lastSeq } = socket.data;
    const state: SocketState = {
      socket,
      viewer: user,
      lastSent: lastSeq ?? this.latest,
      lastDelivered: lastSeq ?? 0,
      replaying: lastSeq !== undefined,
      buffered: [],
      overflowed: false,
    };
    this.states.set(socket.id, state);
    void socket.join(`role:${user.role}`);
    socket.on('disconnect', () => this.states.delete(socket.id));
    if (lastSeq === undefined) return;
    try {
      await this.replay(state, lastSeq);
    } finally {
      state.replaying = false;
      const pending = state.buffered;
      state.buffered = [];
      for (const event of pending) this.deliverOne(state, event);
    }
  }

  private async replay(state: SocketState, lastSeq: number): Promise<void> {
    const latest = this.latest;
    const tooOld = latest - lastSeq > this.opts.replayBound || lastSeq > latest;
    const events = tooOld ? [] : await this.repo.eventsAfter(lastSeq, this.opts.replayBound + 1);
    if (tooOld || events.length > this.opts.replayBound) {
      state.lastSent = Math.max(latest, events.at(-1)?.seq ?? 0);
      state.socket.emit('resync-required', { latestSeq: state.lastSent });
      return;
    }
    let count = 0;
    for (const event of events) if (this.deliverOne(state, event)) count++;
    state.socket.emit('replay-complete', { fromSeq: lastSeq, toSeq: state.lastSent, count });
  }

  private deliverOne(state: SocketState, event: DomainEvent): boolean {
    const group: Group = { payload: null, ids: [], excluded: [] };
    if (!this.collect(state, event, group) || group.payload === null) return false;
    state.socket.emit(event.type, group.payload as never);
    return true;
  }

  private beat(): void {
    const at = toShanghaiIso(new Date());
    for (const state of this.states.values()) {
      if (state.replaying || state.overflowed) continue;
      state.socket.emit('heartbeat', { seq: state.lastSent, at, deliveredSeq: state.lastDelivered });
    }
  }
}

function payloadOf(event: DomainEvent, entity: unknown): object {
  return {
    seq: event.seq,
    at: event.at,
    action: event.action,
    actor: event.actor,
    entityId: event.entityId,
    reason: event.reason,
    entity,
  };
}
