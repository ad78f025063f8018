import { escalationLevel } from '../../../shared/schemas/work-order';
import type { EscalationLevel } from '../../../shared/schemas/work-order';
import type { Ladders, RuleCategory } from './settings-draft';

export const LEVELS: readonly EscalationLevel[] = escalationLevel.options;

/** Why a checkbox cannot be changed: the county only above the town, and a ladder keeps one level. */
export type LevelLock = 'countyNeedsTown' | 'lastLevel';

export function levelLock(ladder: readonly EscalationLevel[], level: EscalationLevel): LevelLock | null {
  const on = ladder.includes(level);
  if (level === 'county' && !on && !ladder.includes('town')) return 'countyNeedsTown';
  if (on && ladder.length === 1) return 'lastLevel';
  return null;
}

/** Levels stay in rising order; dropping the town drops the county with it. */
export function toggleLevel(
  ladder: readonly EscalationLevel[],
  level: EscalationLevel,
  on: boolean,
): EscalationLevel[] {
  if (levelLock(ladder, level) !== null) return [...ladder];
  const next = new Set(ladder);
  if (on) next.add(level);
  else next.delete(level);
  if (!next.has('town')) next.delete('county');
  return LEVELS.filter((l) => next.has(l));
}

/** The ladder a category climbs: its own, else the default. */
export function effectiveLadder(ladders: Ladders, category: RuleCategory): EscalationLevel[] {
  return ladders[category] ?? ladders['*'] ?? [...LEVELS];
}

/** A category given its own ladder starts from the default; giving it up falls back to the default. */
export function setOwnLadder(ladders: Ladders, category: RuleCategory, own: boolean): Ladders {
  if (category === '*') return ladders;
  const next = { ...ladders };
  if (own) next[category] = [...effectiveLadder(ladders, '*')];
  else delete next[category];
  return next;
}

export function setLadder(ladders: Ladders, category: RuleCategory, levels: EscalationLevel[]): Ladders {
  return { ...ladders, [category]: levels };
}
