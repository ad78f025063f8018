import { DEFAULT_SLA_RULES } from '../../../src/shared/clock/limits';
import { DEFAULT_LADDERS } from '../../../src/shared/clock/order-clocks';
import { calendarYear, DEFAULT_WORKING_HOURS } from '../../../src/shared/schemas/calendar';
import { oversightSettings } from '../../../src/shared/schemas/oversight';
import type { OversightSettings } from '../../../src/shared/schemas/oversight';
import type { OversightView } from '../../../src/client/lib/admin/get-oversight';
import type { Role } from '../../../src/shared/schemas/user';
import { fakeFetch, json } from '../fixtures';

export const DEFAULT_SETTINGS: OversightSettings = {
  rules: DEFAULT_SLA_RULES.map((r) => ({ ...r })),
  workingHours: DEFAULT_WORKING_HOURS.map((p) => ({ ...p })),
  ladders: { ...DEFAULT_LADDERS },
  escalateAfterWorkingDays: 2,
};

export function makeView(overrides: Partial<OversightView> = {}): OversightView {
  return {
    settings: DEFAULT_SETTINGS,
    calendars: [{ year: 2026, source: '国务院办公厅关于2026年部分节假日安排的通知', holidays: 7 }],
    missingYears: [],
    systemActor: 'system',
    demoSpeed: 1,
    ...overrides,
  };
}

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
}

type Answer = (body: unknown) => unknown;

/**
 * The admin screen's server: the session of `role`, GET/PUT /api/admin/oversight and POST
 * /api/admin/calendars (answered by `onPut` / `onPost`, by default with the body applied), plus the
 * counts and health the rest of the page asks for. Every write is recorded.
 */
export function adminServer(
  role: Role,
  view: OversightView,
  answers: { onPut?: Answer; onPost?: Answer } = {},
): { fetch: ReturnType<typeof fakeFetch>; writes: Recorded[] } {
  let current = view;
  const writes: Recorded[] = [];
  const user = { id: `u-${role}`, username: role, displayName: `User ${role}`, role };
  const counts = { items: [], total: 3 };
  const record = (path: string, init: RequestInit | undefined): unknown => {
    const body: unknown = JSON.parse(String(init?.body));
    writes.push({ method: init?.method ?? 'GET', path, body });
    return body;
  };
  const fetch = fakeFetch({
    '/api/auth/me': () => ({ user }),
    '/api/health': () => ({ status: 'ok', version: 'test', seq: 1, db: 'memory', simulator: null }),
    '/api/grids': () => counts,
    '/api/villages': () => counts,
    '/api/cameras': () => counts,
    '/api/staff': () => counts,
    '/api/departments': () => counts,
    '/api/categories': () => counts,
    '/api/admin/kiosk-tokens': () => ({ items: [], total: 0 }),
    '/api/cameras/faults': () => ({ items: [], total: 0 }),
    '/api/admin/oversight': (_url, init) => {
      if (init?.method !== 'PUT') return current;
      const body = record('/api/admin/oversight', init);
      if (answers.onPut) return answers.onPut(body);
      // The shared contract checks what the screen sent, as the real route would.
      current = { ...current, settings: oversightSettings.parse(body) };
      return current;
    },
    '/api/admin/calendars': (_url, init) => {
      const body = record('/api/admin/calendars', init);
      if (answers.onPost) return answers.onPost(body);
      const { year } = calendarYear.parse(body);
      current = {
        ...current,
        calendars: [...current.calendars, { year, source: null, holidays: 0 }],
        missingYears: current.missingYears.filter((y) => y !== year),
      };
      return current;
    },
  });
  return { fetch, writes };
}

export function validationFailed(fields: Record<string, string>): Response {
  const [first] = Object.entries(fields);
  const message = first ? `${first[0]}: ${first[1]}` : 'invalid input';
  return json({ error: { code: 'validation_failed', message, fields } }, 400);
}
