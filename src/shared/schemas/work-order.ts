import { z } from 'zod';
import { categoryCode } from './town';
import { latLng, isoTime } from './common';

export const sourceCodes = [
  'hotline',
  'grid_report',
  'video',
  'citizen',
  'phone',
  'superior',
  'leader',
  'inspection',
] as const;
export const workOrderSource = z.enum(sourceCodes);
export type WorkOrderSource = z.infer<typeof workOrderSource>;

export const priority = z.enum(['P1', 'P2', 'P3', 'P4']);
export type Priority = z.infer<typeof priority>;

export const statusCodes = [
  'new',
  'registered',
  'rejected',
  'merged',
  'dispatched',
  'accepted',
  'in_progress',
  'resolved',
  'verified',
  'closed',
] as const;
export const workOrderStatus = z.enum(statusCodes);
export type WorkOrderStatus = z.infer<typeof workOrderStatus>;

export const escalationLevel = z.enum(['grid', 'village', 'town', 'county']);
export type EscalationLevel = z.infer<typeof escalationLevel>;

export const assignee = z.object({
  kind: z.enum(['staff', 'department', 'squad']),
  id: z.string().min(1).max(64),
});
export type Assignee = z.infer<typeof assignee>;

export const satisfaction = z.enum(['satisfied', 'basically_satisfied', 'dissatisfied']);
export type Satisfaction = z.infer<typeof satisfaction>;

export const requestState = z.enum(['none', 'requested', 'approved', 'refused']);

export const reporter = z.object({
  name: z.string().max(64).optional(),
  phone: z.string().max(32).optional(),
});
export type Reporter = z.infer<typeof reporter>;

export const cardColour = z.enum(['green', 'yellow', 'red']);
export type CardColour = z.infer<typeof cardColour>;

/** One stage's clock (签收 or 处置): when it started, its limit's due instant, and where it stands. */
export const stageClock = z.object({
  start: isoTime,
  /** The due instant from the rule table (or an approved extension), before parking pauses. */
  due: isoTime,
  time: z.enum(['natural', 'working']),
  /** Parking (挂账) intervals: the clock does not run in them; `to` is null while parked. */
  pauses: z.array(z.object({ from: isoTime, to: isoTime.nullable() })),
  /** The card this stage has reached (the ledger has a row for each yellow and red). */
  colour: cardColour,
  /** When the stage was done (signed off, resolved); null while it runs. */
  metAt: isoTime.nullable(),
  /** Automatic escalations already made because this stage stayed red. */
  escalations: z.number().int().min(0),
});
export type StageClock = z.infer<typeof stageClock>;
export type StageName = 'signOff' | 'resolve';

export const orderClocks = z.object({
  signOff: stageClock.nullable(),
  resolve: stageClock.nullable(),
  /** The next instant the oversight scheduler must look at this order; null when nothing is due. */
  nextCheckAt: isoTime.nullable(),
});
export type OrderClocks = z.infer<typeof orderClocks>;

export const workOrder = z.object({
  id: z.string(),
  /** Readable number YT-YYYYMMDD-NNNN (date in Asia/Shanghai). */
  number: z.string(),
  source: workOrderSource,
  title: z.string(),
  description: z.string(),
  category: categoryCode.nullable(),
  priority: priority.nullable(),
  location: latLng,
  address: z.string().nullable(),
  gridId: z.string().nullable(),
  villageId: z.string().nullable(),
  /** True when the point lies in no grid: the order sits in the town centre's queue (镇外/未落格). */
  outOfGrid: z.boolean(),
  reporter: reporter.nullable(),
  status: workOrderStatus,
  assignee: assignee.nullable(),
  /** The user who resolved it; the verifier must be someone else. */
  handlerUserId: z.string().nullable(),
  mergedInto: z.string().nullable(),
  deadlines: z.object({ signOff: isoTime.nullable(), resolve: isoTime.nullable() }),
  escalationLevel,
  /** An escalation to the county waiting for a leader (the ladder's top needs approval). */
  escalationRequest: z.object({ to: escalationLevel, requestedAt: isoTime }).nullable(),
  clocks: orderClocks,
  urgeCount: z.number().int(),
  supervised: z.boolean(),
  parked: z.boolean(),
  extension: z.object({ state: requestState, until: isoTime.nullable(), reason: z.string().nullable() }),
  parking: z.object({ state: requestState, reason: z.string().nullable() }),
  satisfaction: satisfaction.nullable(),
  createdBy: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  version: z.number().int().min(1),
});
export type WorkOrder = z.infer<typeof workOrder>;

export const createWorkOrderBody = z.object({
  source: workOrderSource,
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(''),
  location: latLng,
  category: categoryCode.optional(),
  priority: priority.optional(),
  reporter: reporter.optional(),
  address: z.string().trim().max(300).optional(),
  /** Photos taken at the scene (URLs returned by POST /api/photos), kept on the create event. */
  photos: z.array(z.string().max(500)).max(9).optional(),
});
export type CreateWorkOrderBody = z.infer<typeof createWorkOrderBody>;

const reason = z.string().trim().min(1).max(2000);
const comment = z.string().trim().min(1).max(2000);
const base = { expectedVersion: z.number().int().min(1) };

/** Commands of CONTRACTS.md: one member per type, with that command's fields. */
export const workOrderCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('register'), ...base, category: categoryCode, priority }),
  z.object({ type: z.literal('reject'), ...base, reason }),
  z.object({ type: z.literal('merge'), ...base, intoId: z.string().min(1).max(64) }),
  z.object({ type: z.literal('dispatch'), ...base, assignee }),
  z.object({ type: z.literal('accept'), ...base }),
  z.object({ type: z.literal('return'), ...base, reason }),
  z.object({ type: z.literal('start'), ...base }),
  z.object({ type: z.literal('request_extension'), ...base, until: isoTime, reason }),
  z.object({ type: z.literal('approve_extension'), ...base }),
  z.object({ type: z.literal('refuse_extension'), ...base, reason }),
  z.object({ type: z.literal('request_parking'), ...base, reason }),
  z.object({ type: z.literal('approve_parking'), ...base }),
  z.object({ type: z.literal('refuse_parking'), ...base, reason }),
  z.object({ type: z.literal('resume'), ...base }),
  z.object({
    type: z.literal('resolve'),
    ...base,
    report: z.string().trim().min(1).max(5000),
    photos: z.array(z.string().max(500)).max(9).optional(),
  }),
  z.object({ type: z.literal('verify_pass'), ...base, note: z.string().trim().max(2000).optional() }),
  z.object({ type: z.literal('verify_fail'), ...base, reason }),
  z.object({ type: z.literal('close'), ...base, satisfaction }),
  z.object({ type: z.literal('reopen'), ...base, reason }),
  z.object({ type: z.literal('urge'), ...base, comment }),
  z.object({ type: z.literal('supervise'), ...base, comment }),
  z.object({
    type: z.literal('escalate'),
    ...base,
    reason,
    /** A level above the next one, when the category's ladder skips a level (e.g. grid → town). */
    toLevel: escalationLevel.optional(),
  }),
]);
export type WorkOrderCommand = z.infer<typeof workOrderCommand>;
export type CommandType = WorkOrderCommand['type'];
export const commandTypes = workOrderCommand.options.map((o) => o.shape.type.value);

export const actor = z.object({
  userId: z.string(),
  username: z.string(),
  role: z.string(),
});
export type Actor = z.infer<typeof actor>;

export const workOrderQuery = z.object({
  status: z.string().optional(),
  grid: z.string().optional(),
  village: z.string().optional(),
  category: z.string().optional(),
  source: z.string().optional(),
  priority: z.string().optional(),
  from: isoTime.optional(),
  to: isoTime.optional(),
  /** Orders last changed at or after this instant (e.g. closed today: status=closed&updatedFrom=midnight). */
  updatedFrom: isoTime.optional(),
  q: z.string().max(200).optional(),
});
export type WorkOrderQuery = z.infer<typeof workOrderQuery>;
