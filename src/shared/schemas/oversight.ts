import { z } from 'zod';
import { slaRule, workingHours } from './calendar';
import { categoryCode } from './town';
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
