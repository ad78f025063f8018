import type { QueryParams } from '../api-client';

/** The query parameters of GET /api/work-orders; `status` etc. may be comma lists. */
export interface WorkOrderFilters {
  status?: string;
  grid?: string;
  village?: string;
  category?: string;
  source?: string;
  priority?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

export function filtersToQuery(filters: WorkOrderFilters): QueryParams {
  return { ...filters };
}
