import type { WorkOrderQuery } from '../../../shared/schemas/work-order';

const LIST_COLUMNS = {
  status: 'status',
  grid: 'grid_id',
  village: 'village_id',
  category: 'category',
  source: 'source',
  priority: 'priority',
} as const;

/** Builds a portable WHERE clause (positional `?` parameters) from the list filters. */
export function workOrderWhere(query: WorkOrderQuery): { sql: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  for (const [key, column] of Object.entries(LIST_COLUMNS)) {
    const raw = query[key as keyof typeof LIST_COLUMNS];
    if (!raw) continue;
    const values = raw
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length === 0) continue;
    clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  }
  if (query.from) {
    clauses.push('created_at >= ?');
    params.push(new Date(query.from).toISOString());
  }
  if (query.to) {
    clauses.push('created_at < ?');
    params.push(new Date(query.to).toISOString());
  }
  if (query.updatedFrom) {
    clauses.push('updated_at >= ?');
    params.push(new Date(query.updatedFrom).toISOString());
  }
  if (query.q && query.q.trim()) {
    clauses.push(`search LIKE ? ESCAPE '\\'`);
    params.push(
      `%${query.q
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    );
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The text the search box matches: number, title, address, caller's phone. */
export function searchText(order: {
  number: string;
  title: string;
  address: string | null;
  reporter: { phone?: string | undefined } | null;
}): string {
  return [order.number, order.title, order.address ?? '', order.reporter?.phone ?? '']
    .join(' ')
    .toLowerCase();
}
