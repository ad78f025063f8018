import type { CommandType, WorkOrder } from '../schemas/work-order';
import type { Role } from '../schemas/user';

/** Who is acting, as much of the user as the rules need (the server fills it from the session). */
export interface MachineActor {
  userId: string;
  role: Role;
  staffId?: string;
  departmentId?: string;
  gridIds?: string[];
}

export interface DecideContext {
  actor: MachineActor;
  /** ISO instant, passed in: the machine has no clock. */
  now: string;
  /** For merge: the order merged into, loaded by the caller. */
  target?: WorkOrder | null;
}

export interface MachineEvent {
  action: CommandType;
  reason: string | null;
  data?: Record<string, unknown>;
}

export interface MachineError {
  /** A rule ID of SPEC.md, e.g. 'WO7', or 'WO-VERSION' / 'WO-TRANSITION'. */
  rule: string;
  /** English, for logs and the API; the client translates by rule ID. */
  message: string;
  /** `forbidden`: this actor may not do it (HTTP 403); `conflict`: not now, in this state (HTTP 409). */
  kind: 'forbidden' | 'conflict';
}

export type Decision =
  { ok: true; order: WorkOrder; events: MachineEvent[] } | { ok: false; error: MachineError };
