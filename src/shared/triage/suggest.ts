import { categoryCode, type CategoryCode } from '../schemas/town';
import type { Priority } from '../schemas/work-order';
import {
  AFTERMATH,
  CATEGORY_WORDS,
  HYPOTHETICAL_AFTER,
  HYPOTHETICAL_BEFORE,
  NEGATION_GAP,
  NEGATIONS,
  NEUTRAL_PHRASES,
  PLACE_SUFFIXES,
  PLACE_WEIGHT_FACTOR,
  PLACE_WORDS,
  PRIORITY_COMBOS,
  PRIORITY_WORDS,
  TIER_WEIGHTS,
  type PriorityLevel,
} from './keywords';

export interface TriageSuggestion {
  category: CategoryCode | null;
  priority: Priority;
  /** 0..1, see `confidenceOf`. */
  confidence: number;
  /** The words that decided: the chosen category's, then the priority cues. */
  keywords: string[];
}

/** A title is the caller's problem in a line; its words count more than the story around them. */
const TITLE_FACTOR = 1.5;
/** Evidence at which confidence reaches 1 − 1/e of its ceiling: a little over one strong word. */
const EVIDENCE_SCALE = 4;

interface Entry<T> {
  phrase: string;
  value: T;
}
interface Match<T> extends Entry<T> {
  index: number;
}

const split = (lines: ReadonlyArray<string>): string[] =>
  lines.flatMap((l) => l.split(/\s+/)).filter(Boolean);

const byLengthDesc = <T>(entries: Entry<T>[]): Entry<T>[] =>
  entries.sort((a, b) => b.phrase.length - a.phrase.length);

type CategoryValue = { category: CategoryCode; weight: number } | null;

const CATEGORY_TABLE: ReadonlyArray<Entry<CategoryValue>> = byLengthDesc([
  ...NEUTRAL_PHRASES.map((phrase) => ({ phrase, value: null })),
  ...categoryCode.options.flatMap((category) =>
    (['decisive', 'strong', 'medium', 'weak'] as const).flatMap((tier) =>
      split(CATEGORY_WORDS[category][tier]).map((phrase) => ({
        phrase,
        value: { category, weight: TIER_WEIGHTS[tier] },
      })),
    ),
  ),
]);

const PRIORITY_TABLE: ReadonlyArray<Entry<PriorityLevel | null>> = byLengthDesc(
  (['P1', 'P2', 'P4', 'none'] as const).flatMap((level) =>
    split(PRIORITY_WORDS[level]).map((phrase) => ({ phrase, value: level === 'none' ? null : level })),
  ),
);

const PLACES = new Set(PLACE_WORDS);

/** Lower-cased, full-width folded (NFKC), without whitespace: how callers' text is compared. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * Every occurrence of every phrase, longest first: a phrase claims its characters and no shorter
 * phrase may overlap them, so `燃气泄漏` is one match, never `燃气` plus `泄漏`. Returned in text order.
 */
function matchLongestFirst<T>(text: string, table: ReadonlyArray<Entry<T>>): Match<T>[] {
  const taken = new Array<boolean>(text.length).fill(false);
  const found: Match<T>[] = [];
  for (const entry of table) {
    for (let at = text.indexOf(entry.phrase); at !== -1; at = text.indexOf(entry.phrase, at + 1)) {
      const end = at + entry.phrase.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      found.push({ ...entry, index: at });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function isPlaceMention(text: string, m: Match<unknown>): boolean {
  const after = text.slice(m.index + m.phrase.length);
  return (
    PLACES.has(m.phrase) && PLACE_SUFFIXES.some((s) => after.startsWith(s) || after.startsWith(`的${s}`))
  );
}

interface CategoryScores {
  scores: Map<CategoryCode, number>;
  words: Map<CategoryCode, string[]>;
}

function scoreCategories(fields: ReadonlyArray<{ text: string; factor: number }>): CategoryScores {
  const scores = new Map<CategoryCode, number>();
  const words = new Map<CategoryCode, string[]>();
  for (const { text, factor } of fields) {
    const seen = new Set<string>();
    for (const m of matchLongestFirst(text, CATEGORY_TABLE)) {
      if (m.value === null || seen.has(m.phrase)) continue;
      seen.add(m.phrase);
      const place = isPlaceMention(text, m) ? PLACE_WEIGHT_FACTOR : 1;
      const { category, weight } = m.value;
      scores.set(category, (scores.get(category) ?? 0) + weight * factor * place);
      const list = words.get(category) ?? [];
      if (!list.includes(m.phrase)) list.push(m.phrase);
      words.set(category, list);
    }
  }
  return { scores, words };
}

/**
 * Confidence = evidence × separation, rounded to two decimals:
 * - evidence = 1 − e^(−best / 4): one strong word (3) gives 0.53, two give 0.78, three 0.89;
 * - separation = 0.5 + 0.5 × (best − second) / best: 1 when no other category scored, 0.5 on a tie.
 * Nothing matched gives 0.
 */
export function confidenceOf(best: number, second: number): number {
  if (best <= 0) return 0;
  const evidence = 1 - Math.exp(-best / EVIDENCE_SCALE);
  const separation = 0.5 + (0.5 * (best - second)) / best;
  return Math.round(evidence * separation * 100) / 100;
}

function isNegated(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(NEGATION_GAP, '');
  return NEGATIONS.some((n) => before.endsWith(n));
}

function isHypothetical(text: string, m: Match<unknown>): boolean {
  const before = text.slice(Math.max(0, m.index - 4), m.index);
  const after = text.slice(m.index + m.phrase.length);
  return (
    HYPOTHETICAL_BEFORE.some((h) => before.includes(h)) || HYPOTHETICAL_AFTER.some((h) => after.startsWith(h))
  );
}

/**
 * P1 for danger to life or property now, P2 for urgent, P4 for advice and questions, else P3.
 * A danger word that is denied (`没有人受伤`) does not count; one that is feared rather than seen
 * (`担心着火`, `火灾隐患`) counts as P2; one told after the fact to claim help (`火灾…申请救助`) not at all.
 */
function suggestPriority(text: string): { priority: Priority; cues: string[] } {
  const aftermath = AFTERMATH.some((w) => text.includes(w));
  const cues: Array<{ level: PriorityLevel; word: string }> = [];
  for (const m of matchLongestFirst(text, PRIORITY_TABLE)) {
    if (m.value === null) continue;
    if (m.value === 'P4') {
      cues.push({ level: 'P4', word: m.phrase });
      continue;
    }
    if (isNegated(text, m.index)) continue;
    if (m.value === 'P1' && aftermath) continue;
    cues.push({ level: m.value === 'P1' && isHypothetical(text, m) ? 'P2' : m.value, word: m.phrase });
  }
  for (const combo of PRIORITY_COMBOS) {
    const hits = combo.groups.map((group) => group.split(' ').find((w) => text.includes(w)));
    if (hits.every((w) => w !== undefined)) cues.push({ level: combo.level, word: hits.join('+') });
  }
  for (const level of ['P1', 'P2', 'P4'] as const) {
    const words = cues.filter((c) => c.level === level).map((c) => c.word);
    if (words.length > 0) return { priority: level, cues: [...new Set(words)] };
  }
  return { priority: 'P3', cues: [] };
}

/**
 * Suggests a category and priority for a work order from the caller's words (DESIGN §3.4). Pure:
 * weighted keyword rules (./keywords.ts), the title counting 1.5×; on a tie the category listed
 * first in `categoryCode` wins, at half confidence.
 */
export function suggestTriage(description: string, title?: string): TriageSuggestion {
  const body = normaliseText(description);
  const head = normaliseText(title ?? '');
  const { scores, words } = scoreCategories([
    { text: head, factor: TITLE_FACTOR },
    { text: body, factor: 1 },
  ]);
  const ranked = categoryCode.options
    .map((code) => ({ code, score: scores.get(code) ?? 0 }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const { priority, cues } = suggestPriority(`${head}。${body}`);
  const categoryWords = best ? (words.get(best.code) ?? []) : [];
  return {
    category: best?.code ?? null,
    priority,
    confidence: confidenceOf(best?.score ?? 0, ranked[1]?.score ?? 0),
    keywords: [...new Set([...categoryWords, ...cues])],
  };
}
