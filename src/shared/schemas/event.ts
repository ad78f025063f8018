import { z } from 'zod';
import { isoTime } from './common';
import { camera, staff } from './town';
import { cameraAlert } from './video';
import { actor, workOrder } from './work-order';

const common = {
  seq: z.number().int().min(1),
  at: isoTime,
  /** What happened, for the timeline: a command type, `create`, `move`, `status`. */
  action: z.string(),
  actor,
  entityId: z.string(),
  reason: z.string().nullable(),
  /** What the command carried besides its reason (a report and its photos, an assignee …). */
  data: z.record(z.string(), z.unknown()).nullable().optional(),
};

/** One entry of the global event log: the full entity after the change. */
export const domainEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('work-order:created'), ...common, entity: workOrder }),
  z.object({ type: z.literal('work-order:updated'), ...common, entity: workOrder }),
  z.object({ type: z.literal('camera:status-changed'), ...common, entity: camera }),
  /** The camera registry (admin): created, edited, deleted; a deletion carries the last state, version + 1. */
  z.object({ type: z.literal('camera:created'), ...common, entity: camera }),
  z.object({ type: z.literal('camera:updated'), ...common, entity: camera }),
  z.object({ type: z.literal('camera:deleted'), ...common, entity: camera }),
  z.object({ type: z.literal('staff:moved'), ...common, entity: staff }),
  z.object({ type: z.literal('camera-alert:created'), ...common, entity: cameraAlert }),
  z.object({ type: z.literal('camera-alert:updated'), ...common, entity: cameraAlert }),
]);
export type DomainEvent = z.infer<typeof domainEvent>;
export type DomainEventType = DomainEvent['type'];
export const domainEventTypes = domainEvent.options.map((o) => o.shape.type.value);

/** What a socket receives for one event: `{seq, at, entity}` plus the timeline fields. */
export type EventPayload<T extends DomainEventType> = Omit<Extract<DomainEvent, { type: T }>, 'type'>;

export const timelineEntry = z.object({
  seq: z.number().int(),
  at: isoTime,
  type: z.string(),
  action: z.string(),
  actor,
  reason: z.string().nullable(),
  version: z.number().int(),
  status: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable().optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;
