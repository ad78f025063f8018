import { distanceMetres } from '../geo/point-in-polygon';
import type { LatLng } from '../schemas/common';
import type { CategoryCode } from '../schemas/town';
import type { WorkOrderStatus } from '../schemas/work-order';

/** The order being registered: it may not have an id yet. */
export interface DuplicateCandidate {
  id?: string;
  category: CategoryCode | null;
  location: LatLng | null;
  /** ISO 8601 instant. */
  receivedAt: string;
  callerPhone?: string | null;
}

export interface DuplicateOther extends DuplicateCandidate {
  id: string;
  number: string;
  status: WorkOrderStatus;
}

export type DuplicateReason = 'nearby-same-category' | 'same-caller';

export interface DuplicateMatch {
  id: string;
  number: string;
  reasons: DuplicateReason[];
  /** Null when either order has no location. */
  distanceM: number | null;
  /** Absolute difference of the receive times, rounded to the minute. */
  minutesApart: number;
}

export interface DuplicateOptions {
  radiusM: number;
  windowMs: number;
}

export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = { radiusM: 200, windowMs: 2 * 3600_000 };

/** A caller's earlier order counts while it is open, or for this long after it came in. */
const SAME_CALLER_WINDOW_MS = 24 * 3600_000;

/** Orders that can never be the original: turned down, or themselves folded into another. */
const IGNORED: ReadonlySet<WorkOrderStatus> = new Set(['rejected', 'merged']);
const FINISHED: ReadonlySet<WorkOrderStatus> = new Set(['closed', 'rejected', 'merged']);

/** Great-circle distance in metres on the mean-radius sphere (R = 6 371 008.8 m). */
export function haversineMetres(a: LatLng, b: LatLng): number {
  return distanceMetres(a, b);
}

/**
 * A phone number as one caller, however it was typed: spaces, dashes, dots and brackets dropped,
 * a +86 / 0086 country prefix removed. Empty input gives null, so two unknown callers never match.
 */
export function normalisePhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const digits = raw.replace(/[\s\-.()（）]/g, '').replace(/^(\+86|0086)/, '');
  return digits === '' ? null : digits;
}

/**
 * Orders that may report the same thing as `candidate` (DESIGN §3.4): the same category within
 * `radiusM` and `windowMs` (both inclusive), or the same caller while the earlier order is open or
 * less than 24 h old. Strongest first: both reasons, then nearby, then same caller; closer in space,
 * then in time.
 */
export function findDuplicates(
  candidate: DuplicateCandidate,
  others: ReadonlyArray<DuplicateOther>,
  opts: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS,
): DuplicateMatch[] {
  const at = Date.parse(candidate.receivedAt);
  const phone = normalisePhone(candidate.callerPhone);
  const matches: DuplicateMatch[] = [];
  for (const other of others) {
    if (other.id === candidate.id || IGNORED.has(other.status)) continue;
    const apartMs = Math.abs(Date.parse(other.receivedAt) - at);
    const distanceM =
      candidate.location && other.location ? haversineMetres(candidate.location, other.location) : null;
    const reasons: DuplicateReason[] = [];
    const sameCategory = candidate.category !== null && candidate.category === other.category;
    if (sameCategory && distanceM !== null && distanceM <= opts.radiusM && apartMs <= opts.windowMs)
      reasons.push('nearby-same-category');
    const stillRelevant = !FINISHED.has(other.status) || apartMs <= SAME_CALLER_WINDOW_MS;
    if (phone !== null && normalisePhone(other.callerPhone) === phone && stillRelevant)
      reasons.push('same-caller');
    if (reasons.length > 0)
      matches.push({
        id: other.id,
        number: other.number,
        reasons,
        distanceM,
        minutesApart: Math.round(apartMs / 60_000),
      });
  }
  return matches.sort(byStrength);
}

const strengthOf = (m: DuplicateMatch): number =>
  m.reasons.length === 2 ? 0 : m.reasons[0] === 'nearby-same-category' ? 1 : 2;

function byStrength(a: DuplicateMatch, b: DuplicateMatch): number {
  return (
    strengthOf(a) - strengthOf(b) ||
    (a.distanceM ?? Infinity) - (b.distanceM ?? Infinity) ||
    a.minutesApart - b.minutesApart ||
    a.number.localeCompare(b.number)
  );
}
