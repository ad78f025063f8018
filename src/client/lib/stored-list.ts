import type { z } from 'zod';

/**
 * A list this browser keeps in localStorage (saved filters, camera groups). Anything unreadable —
 * another version, hand-edited, storage disabled — counts as an empty list.
 */
export function readStoredList<T>(key: string, schema: z.ZodType<T[]>): T[] {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed = schema.safeParse(raw === null ? [] : JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Writes the list; with storage disabled or full it holds for this page's life only. */
export function writeStoredList<T>(key: string, list: readonly T[]): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(list));
  } catch {
    // Nothing to do: the caller keeps the list in memory.
  }
}
