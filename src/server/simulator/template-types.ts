import type { Priority } from '../../shared/schemas/work-order';

/**
 * What people say about one category of event. Strings carry slots in braces: `{place}` (the village
 * or area), `{spot}` (a landmark), `{time}`, `{n}` (a small number) and any slot listed in `slots`.
 */
export interface CategoryTemplate {
  /** Words an operator recognises the category by (used to guess it when the order has none). */
  keywords: ReadonlyArray<string>;
  titles: ReadonlyArray<string>;
  details: ReadonlyArray<string>;
  /** The handler's report when resolving it (`{n}` is the only slot). */
  reports: ReadonlyArray<string>;
  /** Extra slots, and `spot` when the category has landmarks of its own. */
  slots: Readonly<Record<string, ReadonlyArray<string>>>;
  /** Whether a camera or video patrol can see it at all (not a pension query, say). */
  visible: boolean;
  /** Weights of P1..P4 when the operator sets the priority. */
  priorities: readonly [p1: number, p2: number, p3: number, p4: number];
}

export const PRIORITY_ORDER: ReadonlyArray<Priority> = ['P1', 'P2', 'P3', 'P4'];
