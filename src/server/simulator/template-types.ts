import type { Priority } from '../../shared/schemas/work-order';

/**
 * One kind of event as people report it and as the handler reports back. Strings carry slots in
 * braces: `{place}` (the village or area), `{spot}` (a landmark), `{time}`, `{n}` (a digit 2–9) and
 * any slot of the category's `slots`. The report uses `{n}` only: it is written when resolving,
 * long after the caller's words.
 */
export interface Scenario {
  title: string;
  detail: string;
  report: string;
}

export interface CategoryTemplate {
  /** Words an operator recognises the category by (used to guess it when the order has none). */
  keywords: ReadonlyArray<string>;
  scenarios: ReadonlyArray<Scenario>;
  /** Extra slots, and `spot` when the category has landmarks of its own. */
  slots: Readonly<Record<string, ReadonlyArray<string>>>;
  /** Whether a camera or video patrol can see it at all (not a pension query, say). */
  visible: boolean;
  /** Weights of P1..P4 when the operator sets the priority. */
  priorities: readonly [p1: number, p2: number, p3: number, p4: number];
}

export const PRIORITY_ORDER: ReadonlyArray<Priority> = ['P1', 'P2', 'P3', 'P4'];

/** Shorthand for the content files: title, detail, report. */
export const sc = (title: string, detail: string, report: string): Scenario => ({ title, detail, report });
