import { z } from 'zod';
import { slaRule, workingHours } from './calendar';
import { isoTime } from './common';
import { categoryCode, staffRole } from './town';
import { escalationLevel, priority } from './work-order';

const LEVELS = escalationLevel.options;

/** A category's escalation ladder: strictly rising levels; the county only above the town. */
export const ladder = z
  .array(escalationLevel)
  .min(1)
  .refine((l) => l.every((level, i) => i === 0 || LEVELS.indexOf(level) > LEVELS.indexOf(l[i - 1]!)), {
    message: 'levels must rise: grid → village → town → county',
  })
  .refine((l) => !l.includes('county') || l.includes('town'), {
    message: 'a ladder that reaches the county goes through the town',
  });

/** What the clocks and the oversight chain run on, editable at /admin. */
export const oversightSettings = z
  .object({
    rules: z.array(slaRule).min(1).max(500),
    workingHours,
    ladders: z.partialRecord(z.union([categoryCode, z.literal('*')]), ladder),
    escalateAfterWorkingDays: z.number().int().min(1).max(30),
  })
  .refine((s) => priority.options.every((p) => s.rules.some((r) => r.category === '*' && r.priority === p)), {
    message: 'rules need a default (*) row for every priority P1–P4',
    path: ['rules'],
  })
  .refine((s) => s.ladders['*'] !== undefined, {
    message: 'ladders need a default (*) ladder',
    path: ['ladders'],
  })
  .refine((s) => new Set(s.rules.map((r) => `${r.category}/${r.priority}`)).size === s.rules.length, {
    message: 'one rule per category and priority',
    path: ['rules'],
  });
export type OversightSettings = z.infer<typeof oversightSettings>;

/** The unit a card, supervision or notice is recorded against (grid, department, squad, centre). */
export const unitRef = z.object({ kind: z.string(), id: z.string() });

/** One row of the card ledger (黄牌/红牌). */
export const cardRecord = z.object({
  id: z.string(),
  orderId: z.string(),
  stage: z.enum(['signOff', 'resolve']),
  colour: z.enum(['yellow', 'red']),
  unit: unitRef,
  at: isoTime,
});

/** A supervision (督办) opened against a unit, which that unit must answer. */
export const supervisionRecord = z.object({
  id: z.string(),
  orderId: z.string(),
  unit: unitRef,
  openedAt: isoTime,
  openedBy: z.string(),
  reason: z.string(),
  answeredAt: isoTime.nullable(),
  answeredBy: z.string().nullable(),
  answer: z.string().nullable(),
});
export type SupervisionRecord = z.infer<typeof supervisionRecord>;

/** A public notice (通报). */
export const noticeRecord = z.object({
  id: z.string(),
  orderId: z.string(),
  unit: unitRef,
  at: isoTime,
  reason: z.string(),
});

/** GET /api/work-orders/:id/assignee-suggestions: the grid's staff and the units, recommended first. */
export const assigneeSuggestions = z.object({
  staff: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: staffRole,
      openLoad: z.number().int(),
      onDuty: z.boolean(),
      recommended: z.boolean(),
    }),
  ),
  units: z.array(
    z.object({
      kind: z.enum(['department', 'squad']),
      id: z.string(),
      name: z.string(),
      openLoad: z.number().int(),
      recommended: z.boolean(),
    }),
  ),
});
export type AssigneeSuggestions = z.infer<typeof assigneeSuggestions>;

const onTime = z.object({ onTime: z.number(), total: z.number(), rate: z.number().nullable() });
/** One unit's 绩效 row (see src/shared/evaluation/evaluate.ts for how each figure is counted). */
export const unitScore = z.object({
  unit: z.object({ kind: z.string(), id: z.string() }),
  received: z.number(),
  signOffOnTime: onTime,
  resolveOnTime: onTime,
  resolved: z.number(),
  avgHandlingHours: z.number().nullable(),
  reworkRate: z.object({ reworked: z.number(), resolved: z.number(), rate: z.number().nullable() }),
  satisfaction: z.object({
    satisfied: z.number(),
    basic: z.number(),
    dissatisfied: z.number(),
    rate: z.number().nullable(),
  }),
  cards: z.object({ yellow: z.number(), red: z.number() }),
  supervisions: z.object({ opened: z.number(), unanswered: z.number() }),
  notices: z.number(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
});

/** GET /api/evaluation. */
export const evaluationResponse = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  items: z.array(unitScore),
});
