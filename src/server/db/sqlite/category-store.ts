import type { Category } from '../../../shared/schemas/town';
import type { SqliteDb } from './open';

/**
 * Rewrites one category's reference row in its own transaction, keeping its position in the list.
 * False when no category has that code (the codes are fixed, so nothing is inserted).
 */
export function updateCategoryRow(db: SqliteDb, category: Category): boolean {
  const update = db.prepare(`UPDATE reference_items SET data = ? WHERE kind = 'category' AND id = ?`);
  return db.transaction(() => update.run(JSON.stringify(category), category.code).changes === 1)();
}
