import { newWorkOrder } from '../../src/shared/work-order/new-work-order';
import type { WorkOrder } from '../../src/shared/schemas/work-order';
import type { WorkOrderDetail } from '../../src/client/lib/work-orders/get-work-order';
import type { WorkOrderEvent } from '../../src/client/realtime/bridge';

export function makeOrder(overrides: Partial<WorkOrder> = {}): WorkOrder {
  const base = newWorkOrder({
    id: 'wo-1',
    number: 'YT-20260301-0001',
    source: 'grid_report',
    title: 'Rubbish piled by the road',
    description: '',
    category: 'sanitation',
    priority: 'P3',
    location: { lat: 34.88, lng: 116.85 },
    gridId: 'YT-JC-01',
    villageId: 'V01',
    createdBy: 'u-operator',
    at: '2026-03-01T09:15:00+08:00',
  });
  return { ...base, ...overrides };
}

export function makeDetail(overrides: Partial<WorkOrderDetail> = {}): WorkOrderDetail {
  return {
    ...makeOrder(overrides),
    allowedCommands: ['register', 'reject'],
    timeline: [
      {
        seq: 1,
        at: '2026-03-01T09:15:00+08:00',
        type: 'work-order:created',
        action: 'create',
        actor: { userId: 'u-operator', username: 'operator', role: 'operator' },
        reason: null,
        version: 1,
        status: 'new',
      },
    ],
    ...overrides,
  };
}

export function makeEvent(
  seq: number,
  entity: WorkOrder,
  type: WorkOrderEvent['type'] = 'work-order:updated',
  action = 'register',
): WorkOrderEvent {
  return {
    type,
    seq,
    at: '2026-03-01T09:20:00+08:00',
    action,
    actor: { userId: 'u-operator', username: 'operator', role: 'operator' },
    entityId: entity.id,
    reason: null,
    entity,
  };
}

type Handler = (url: URL, init: RequestInit | undefined) => unknown;

/**
 * A stand-in for window.fetch answering by path. A handler returns (or resolves to) a JSON body
 * (status 200) or a ready Response; unknown paths answer 404 so a missing stub shows up as an
 * error, not a hang.
 */
export function fakeFetch(routes: Record<string, Handler>): typeof fetch & { calls: URL[] } {
  const calls: URL[] = [];
  const impl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input.toString(), 'http://localhost');
    calls.push(url);
    const handler = routes[url.pathname];
    if (!handler) return json({ error: { code: 'not_found', message: url.pathname } }, 404);
    const body = await handler(url, init);
    return body instanceof Response ? body : json(body);
  };
  return Object.assign(impl, { calls });
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
