import { z } from 'zod';
import { readStoredList, writeStoredList } from '../../lib/stored-list';
import { FILTER_NAMES } from './use-console-filters';
import type { FilterName } from './use-console-filters';

const STORAGE_KEY = 'gridcommand.console.savedFilters';

export type FilterValues = Record<FilterName, string>;
export interface SavedFilter {
  name: string;
  values: Partial<FilterValues>;
}

const stored = z.array(
  z.object({
    name: z.string().min(1).max(60),
    values: z.partialRecord(z.enum(FILTER_NAMES), z.string()),
  }),
);

/** What this browser has saved; anything unreadable (another version, hand-edited) counts as nothing. */
export function readSavedFilters(): SavedFilter[] {
  return readStoredList(STORAGE_KEY, stored);
}

function write(list: readonly SavedFilter[]): void {
  writeStoredList(STORAGE_KEY, list);
}

/** Only the filters that are set, so a saved set compares equal whatever the empty ones say. */
export function compact(values: Partial<FilterValues>): Partial<FilterValues> {
  const out: Partial<FilterValues> = {};
  for (const name of FILTER_NAMES) {
    const value = values[name];
    if (value) out[name] = value;
  }
  return out;
}

export function sameFilters(a: Partial<FilterValues>, b: Partial<FilterValues>): boolean {
  return FILTER_NAMES.every((name) => (a[name] ?? '') === (b[name] ?? ''));
}

/** Saves under `name`, replacing a set of the same name. */
export function saveFilter(list: readonly SavedFilter[], name: string, values: FilterValues): SavedFilter[] {
  const next = [...list.filter((f) => f.name !== name), { name, values: compact(values) }];
  write(next);
  return next;
}

export function deleteFilter(list: readonly SavedFilter[], name: string): SavedFilter[] {
  const next = list.filter((f) => f.name !== name);
  write(next);
  return next;
}
