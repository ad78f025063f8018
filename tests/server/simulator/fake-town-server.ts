import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { newWorkOrder } from '../../../src/shared/work-order/new-work-order';
import type { AddressInfo } from 'node:net';
import { locateGrid } from '../../../src/shared/geo/locate-grid';
import {
  createWorkOrderBody,
  workOrderCommand,
  type WorkOrder,
} from '../../../src/shared/schemas/work-order';
import { decide, type MachineActor } from '../../../src/shared/work-order/machine';
import type { SeedTown } from '../../../src/server/seed/build-town';

interface Reply {
  status: number;
  body: unknown;
  cookie?: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  username: string | null;
  key: string | null;
  at: number;
}

export interface FakeTownServer {
  url: string;
  orders: Map<string, WorkOrder>;
  requests: LoggedRequest[];
  refusals: { path: string; status: number; body: unknown }[];
  positions: Map<string, { lat: number; lng: number }>;
  cameraStatus: Map<string, string>;
  /** Simulated camera faults in force (POST /api/cameras/:id/faults). */
  cameraFaults: Map<string, string>;
  /** Requests received and not yet answered. */
  pending(): number;
  close(): Promise<void>;
}

/**
 * A stand-in for the app server with just the REST the simulator uses. It decides commands with the
 * real shared work-order machine and checks who may create where, so a simulator that sends an
 * illegal command or acts as the wrong person fails the test.
 */
export async function startFakeTownServer(town: SeedTown, password: string): Promise<FakeTownServer> {
  const orders = new Map<string, WorkOrder>();
  const sessions = new Map<string, MachineActor & { username: string }>();
  const replies = new Map<string, Reply>();
  const requests: LoggedRequest[] = [];
  const refusals: FakeTownServer['refusals'] = [];
  const positions = new Map<string, { lat: number; lng: number }>();
  const cameraStatus = new Map(town.cameras.map((c) => [c.id, c.status as string]));
  const cameraFaults = new Map<string, string>();
  let counter = 0;
  let pending = 0;

  const actorFor = (username: string): MachineActor | null => {
    if (username.startsWith('sim-')) return { userId: `u-${username}`, role: 'operator' };
    if (username.startsWith('dept-')) {
      const id = username.slice(5);
      return town.departments.some((d) => d.id === id)
        ? { userId: `u-${username}`, role: 'dept_handler', departmentId: id }
        : null;
    }
    const member = town.staff.find((s) => `staff-${s.id.toLowerCase()}` === username);
    return member
      ? { userId: `u-${username}`, role: 'grid_worker', staffId: member.id, gridIds: member.gridIds }
      : null;
  };

  const handle = async (
    req: IncomingMessage,
    body: unknown,
  ): Promise<{ status: number; body: unknown; cookie?: string }> => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'POST' && url.pathname === '/api/auth/login') {
      const { username, password: given } = body as { username: string; password: string };
      const actor = actorFor(username);
      if (!actor || given !== password)
        return { status: 401, body: { error: { code: 'bad_login', message: 'no' } } };
      const token = `t${++counter}`;
      sessions.set(token, { ...actor, username });
      return { status: 200, body: { user: { username } }, cookie: `gc_session=${token}; HttpOnly; Path=/` };
    }
    const token = /gc_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const actor = token ? sessions.get(token) : undefined;
    if (!actor) return { status: 401, body: { error: { code: 'unauthorized', message: 'no session' } } };
    const now = new Date(Date.now()).toISOString();

    if (req.method === 'GET' && url.pathname === '/api/work-orders') {
      const statuses = (url.searchParams.get('status') ?? '').split(',').filter(Boolean);
      const items = [...orders.values()].filter((o) => statuses.length === 0 || statuses.includes(o.status));
      return { status: 200, body: { items, total: items.length } };
    }
    const one = /^\/api\/work-orders\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && one) {
      const order = orders.get(one[1]!);
      return order
        ? { status: 200, body: order }
        : { status: 404, body: { error: { code: 'not_found', message: '' } } };
    }
    if (
      req.method === 'GET' &&
      (url.pathname === '/api/staff' ||
        url.pathname === '/api/cameras' ||
        url.pathname === '/api/cameras/faults')
    ) {
      return { status: 200, body: { items: [], total: 0 } };
    }
    if (req.method === 'POST' && url.pathname === '/api/work-orders') {
      const parsed = createWorkOrderBody.safeParse(body);
      if (!parsed.success)
        return { status: 400, body: { error: { code: 'validation', message: parsed.error.message } } };
      const at = locateGrid(parsed.data.location, town.grids);
      if (
        actor.role === 'grid_worker' &&
        (at.gridId === null || !(actor.gridIds ?? []).includes(at.gridId))
      ) {
        return { status: 403, body: { error: { code: 'forbidden', message: 'outside own grids' } } };
      }
      const id = `wo-${++counter}`;
      const order = newWorkOrder({
        ...parsed.data,
        id,
        number: `YT-20260101-${String(counter).padStart(4, '0')}`,
        gridId: at.gridId,
        villageId: at.villageId,
        createdBy: actor.userId,
        at: now,
      });
      orders.set(id, order);
      return { status: 201, body: order };
    }
    const command = /^\/api\/work-orders\/([^/]+)\/commands$/.exec(url.pathname);
    if (req.method === 'POST' && command) {
      const order = orders.get(command[1]!);
      if (!order) return { status: 404, body: { error: { code: 'not_found', message: '' } } };
      const parsed = workOrderCommand.safeParse(body);
      if (!parsed.success)
        return { status: 400, body: { error: { code: 'validation', message: parsed.error.message } } };
      const decision = decide(order, parsed.data, { actor, now });
      if (!decision.ok) {
        const status =
          decision.error.rule === 'WO-VERSION' || decision.error.rule === 'WO-TRANSITION' ? 409 : 403;
        return {
          status,
          body: { error: { code: 'refused', message: decision.error.message, rule: decision.error.rule } },
        };
      }
      orders.set(order.id, decision.order);
      return { status: 200, body: decision.order };
    }
    const move = /^\/api\/staff\/([^/]+)\/position$/.exec(url.pathname);
    if (req.method === 'POST' && move) {
      if (actor.role !== 'operator' && actor.staffId !== move[1])
        return { status: 403, body: { error: { code: 'forbidden', message: '' } } };
      positions.set(move[1]!, body as { lat: number; lng: number });
      return { status: 200, body: { id: move[1] } };
    }
    const cam = /^\/api\/cameras\/([^/]+)\/status$/.exec(url.pathname);
    if (req.method === 'POST' && cam) {
      if (actor.role !== 'operator')
        return { status: 403, body: { error: { code: 'forbidden', message: '' } } };
      cameraStatus.set(cam[1]!, (body as { status: string }).status);
      return { status: 200, body: { id: cam[1] } };
    }
    const fault = /^\/api\/cameras\/([^/]+)\/faults$/.exec(url.pathname);
    if (req.method === 'POST' && fault) {
      if (actor.role !== 'operator')
        return { status: 403, body: { error: { code: 'forbidden', message: '' } } };
      const value = (body as { fault: string | null }).fault;
      if (value === null) cameraFaults.delete(fault[1]!);
      else cameraFaults.set(fault[1]!, value);
      return { status: 200, body: { cameraId: fault[1], fault: value } };
    }
    return { status: 404, body: { error: { code: 'not_found', message: url.pathname } } };
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      pending++;
      res.on('finish', () => pending--);
      const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
      const token = /gc_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
      const url = new URL(req.url ?? '/', 'http://x');
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        username: (token && sessions.get(token)?.username) ?? null,
        key,
        at: Date.now(),
      });
      const body: unknown = raw ? JSON.parse(raw) : null;
      const replay = key ? replies.get(key) : undefined;
      const reply: Promise<Reply> = replay ? Promise.resolve(replay) : handle(req, body);
      void reply.then((r) => {
        if (key && !replay) replies.set(key, { status: r.status, body: r.body });
        if (r.status >= 400 && r.status !== 401 && r.status !== 409)
          refusals.push({ path: url.pathname, status: r.status, body: r.body });
        res.writeHead(r.status, {
          'content-type': 'application/json',
          ...(r.cookie ? { 'set-cookie': r.cookie } : {}),
        });
        res.end(JSON.stringify(r.body));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    orders,
    requests,
    refusals,
    positions,
    cameraStatus,
    cameraFaults,
    pending: () => pending,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
