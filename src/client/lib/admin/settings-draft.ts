import type { SlaLimit, SlaTime, WorkingPeriod } from '../../../shared/schemas/calendar';
import type { OversightSettings } from '../../../shared/schemas/oversight';
import { categoryCode } from '../../../shared/schemas/town';
import type { CategoryCode } from '../../../shared/schemas/town';
import { priority } from '../../../shared/schemas/work-order';
import type { Priority } from '../../../shared/schemas/work-order';

export type RuleCategory = CategoryCode | '*';
export type Stage = 'signOff' | 'resolve';
export type Ladders = OversightSettings['ladders'];

/** '*' first, then the catalogue's order: the order rows are shown and sent in. */
export const RULE_CATEGORIES: readonly RuleCategory[] = ['*', ...categoryCode.options];
export const PRIORITIES: readonly Priority[] = priority.options;
export const STAGES: readonly Stage[] = ['signOff', 'resolve'];

/** Numbers are kept as typed so a half-edited field is not turned into 0 under the cursor. */
export interface DraftLimit {
  amount: string;
  unit: SlaLimit['unit'];
  time: SlaTime;
}
export interface DraftRule {
  category: RuleCategory;
  priority: Priority;
  signOff: DraftLimit;
  resolve: DraftLimit;
}
export interface SettingsDraft {
  rules: DraftRule[];
  workingHours: WorkingPeriod[];
  ladders: Ladders;
  escalateAfterWorkingDays: string;
}

/** Why a field is refused before anything is sent; the screen turns these into sentences. */
export type DraftErrorCode = 'amount' | 'hhmm' | 'endBeforeStart' | 'overlap' | 'noPeriods' | 'days';
/** Keyed by the same dotted paths the server uses in `error.fields` (`rules.3.resolve.amount`). */
export type DraftErrors = Record<string, DraftErrorCode>;

const rank = (rule: { category: RuleCategory; priority: Priority }): number =>
  RULE_CATEGORIES.indexOf(rule.category) * PRIORITIES.length + PRIORITIES.indexOf(rule.priority);

/** Rows in display order; the draft keeps this order so server field paths point at the row shown. */
export function sortRules<T extends { category: RuleCategory; priority: Priority }>(
  rules: readonly T[],
): T[] {
  return [...rules].sort((a, b) => rank(a) - rank(b));
}

const toDraftLimit = (limit: SlaLimit): DraftLimit => ({ ...limit, amount: String(limit.amount) });

export function toDraft(settings: OversightSettings): SettingsDraft {
  return {
    rules: sortRules(settings.rules).map((r) => ({
      category: r.category,
      priority: r.priority,
      signOff: toDraftLimit(r.signOff),
      resolve: toDraftLimit(r.resolve),
    })),
    workingHours: settings.workingHours.map((p) => ({ ...p })),
    ladders: { ...settings.ladders },
    escalateAfterWorkingDays: String(settings.escalateAfterWorkingDays),
  };
}

/** Only for a draft without errors (see validateDraft). */
export function fromDraft(draft: SettingsDraft): OversightSettings {
  const limit = (l: DraftLimit): SlaLimit => ({ amount: Number(l.amount), unit: l.unit, time: l.time });
  return {
    rules: draft.rules.map((r) => ({
      category: r.category,
      priority: r.priority,
      signOff: limit(r.signOff),
      resolve: limit(r.resolve),
    })),
    workingHours: draft.workingHours.map((p) => ({ ...p })),
    ladders: draft.ladders,
    escalateAfterWorkingDays: Number(draft.escalateAfterWorkingDays),
  };
}

export function hasRule(draft: SettingsDraft, category: RuleCategory, p: Priority): boolean {
  return draft.rules.some((r) => r.category === category && r.priority === p);
}

/** A category's own row starts as a copy of the default row of the same priority. */
export function addOverride(draft: SettingsDraft, category: CategoryCode, p: Priority): SettingsDraft {
  if (hasRule(draft, category, p)) return draft;
  const fallback = draft.rules.find((r) => r.category === '*' && r.priority === p);
  const blank: DraftLimit = { amount: '1', unit: 'days', time: 'working' };
  const row: DraftRule = {
    category,
    priority: p,
    signOff: { ...(fallback?.signOff ?? blank) },
    resolve: { ...(fallback?.resolve ?? blank) },
  };
  return { ...draft, rules: sortRules([...draft.rules, row]) };
}

/** The default rows stay: every priority needs one. */
export function removeRule(draft: SettingsDraft, index: number): SettingsDraft {
  if (draft.rules[index]?.category === '*') return draft;
  return { ...draft, rules: draft.rules.filter((_, i) => i !== index) };
}

export function updateLimit(
  draft: SettingsDraft,
  index: number,
  stage: Stage,
  patch: Partial<DraftLimit>,
): SettingsDraft {
  return {
    ...draft,
    rules: draft.rules.map((r, i) => (i === index ? { ...r, [stage]: { ...r[stage], ...patch } } : r)),
  };
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const POSITIVE_INT = /^[1-9]\d*$/;

/** What the server would refuse, found first, in words the screen can translate. */
export function validateDraft(draft: SettingsDraft): DraftErrors {
  const errors: DraftErrors = {};
  draft.rules.forEach((rule, i) => {
    for (const stage of STAGES) {
      if (!POSITIVE_INT.test(rule[stage].amount.trim())) errors[`rules.${i}.${stage}.amount`] = 'amount';
    }
  });
  Object.assign(errors, validateWorkingHours(draft.workingHours));
  const days = draft.escalateAfterWorkingDays.trim();
  if (!POSITIVE_INT.test(days) || Number(days) > 30) errors.escalateAfterWorkingDays = 'days';
  return errors;
}

/** HH:mm, each period ending after it starts, in order and not overlapping (touching is fine). */
export function validateWorkingHours(periods: readonly WorkingPeriod[]): DraftErrors {
  const errors: DraftErrors = {};
  if (periods.length === 0) errors.workingHours = 'noPeriods';
  periods.forEach((period, i) => {
    const startOk = HHMM.test(period.start);
    const endOk = HHMM.test(period.end);
    if (!startOk) errors[`workingHours.${i}.start`] = 'hhmm';
    if (!endOk) errors[`workingHours.${i}.end`] = 'hhmm';
    if (startOk && endOk && period.end <= period.start) errors[`workingHours.${i}.end`] = 'endBeforeStart';
    const previous = periods[i - 1];
    if (startOk && previous && HHMM.test(previous.end) && period.start < previous.end)
      errors[`workingHours.${i}.start`] = 'overlap';
  });
  return errors;
}

/** A new period after the last one; left empty when the day has no room, for the administrator to fill. */
export function appendPeriod(periods: readonly WorkingPeriod[]): WorkingPeriod[] {
  const last = periods.at(-1);
  if (!last) return [{ start: '08:30', end: '12:00' }];
  const [h, m] = last.end.split(':').map(Number);
  const startHour = (h ?? 24) + 1;
  if (!HHMM.test(last.end) || startHour > 22) return [...periods, { start: '', end: '' }];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return [
    ...periods,
    { start: `${pad(startHour)}:${pad(m ?? 0)}`, end: `${pad(startHour + 1)}:${pad(m ?? 0)}` },
  ];
}
