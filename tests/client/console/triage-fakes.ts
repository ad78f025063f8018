import type { WorkOrder } from '../../../src/shared/schemas/work-order';
import type { WorkOrderDetail } from '../../../src/client/lib/work-orders/get-work-order';

/** What the other side of /api/categories says; the names are the town's own. */
export const CATEGORIES = {
  items: [
    {
      code: 'sanitation',
      name: '环境卫生',
      examples: ['垃圾堆积'],
      defaultUnit: 'grid',
      defaultDepartmentId: null,
    },
    {
      code: 'safety',
      name: '安全隐患',
      examples: ['消防通道堵塞'],
      defaultUnit: 'safety',
      defaultDepartmentId: 'safety',
    },
  ],
  total: 2,
};

export const EMPTY_LIST = { items: [], total: 0 };

export function listOf(items: WorkOrder[]): { items: WorkOrder[]; total: number; asOfSeq: number } {
  return { items, total: items.length, asOfSeq: 10 };
}

/** The order as a command answers it: the detail without what only GET :id adds. */
export function entityOf(detail: WorkOrderDetail): WorkOrder {
  const { allowedCommands: _allowed, timeline: _timeline, ...order } = detail;
  return order;
}

export function bodyOf(init: RequestInit | undefined): unknown {
  return JSON.parse(String(init?.body));
}

export function headerOf(init: RequestInit | undefined, name: string): string | undefined {
  const headers = (init?.headers ?? {}) as Record<string, string>;
  return headers[name];
}
