import { createWorkOrderBody } from '../../../shared/schemas/work-order';
import type { Priority } from '../../../shared/schemas/work-order';
import type { CategoryCode } from '../../../shared/schemas/town';
import type { CreateWorkOrderInput } from '../../lib/triage/create-work-order';
import { normalisePhone } from '../../lib/triage/phone';

/** The sources an operator records at the console; the others arrive through their own channels. */
export const INTAKE_SOURCES = ['phone', 'superior', 'leader', 'inspection'] as const;
export type IntakeSource = (typeof INTAKE_SOURCES)[number];

export interface IntakeValues {
  source: IntakeSource;
  name: string;
  phone: string;
  address: string;
  lat: string;
  lng: string;
  title: string;
  description: string;
  category: CategoryCode | '';
  priority: Priority | '';
}

export const EMPTY_INTAKE: IntakeValues = {
  source: 'phone',
  name: '',
  phone: '',
  address: '',
  lat: '',
  lng: '',
  title: '',
  description: '',
  category: '',
  priority: '',
};

export type IntakeField = Exclude<keyof IntakeValues, 'lat' | 'lng'> | 'location';
export type ClientProblem = 'required' | 'location' | 'invalid';

/** A path of the create body (as zod and the server name it) → the form field that shows it. */
export function fieldOfPath(path: string): IntakeField | null {
  const [head, sub] = path.split('.');
  if (head === 'location') return 'location';
  if (head === 'reporter') return sub === 'name' ? 'name' : 'phone';
  const direct: readonly string[] = ['source', 'address', 'title', 'description', 'category', 'priority'];
  return head !== undefined && direct.includes(head) ? (head as IntakeField) : null;
}

function coordinate(raw: string): number | null {
  const text = raw.trim();
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : Number.NaN;
}

/**
 * What the form holds, as the body of POST /api/work-orders — or, when the shared schema already
 * says no, which fields to mark. The server judges again; its 400 is shown the same way.
 */
export function toCreateBody(
  values: IntakeValues,
):
  | { ok: true; body: CreateWorkOrderInput }
  | { ok: false; problems: Partial<Record<IntakeField, ClientProblem>> } {
  const lat = coordinate(values.lat);
  const lng = coordinate(values.lng);
  const name = values.name.trim();
  const phone = normalisePhone(values.phone);
  const address = values.address.trim();
  const body: CreateWorkOrderInput = {
    source: values.source,
    title: values.title.trim(),
    description: values.description.trim(),
    location: { lat: lat ?? Number.NaN, lng: lng ?? Number.NaN },
  };
  if (name || phone) body.reporter = { ...(name ? { name } : {}), ...(phone ? { phone } : {}) };
  if (address) body.address = address;
  if (values.category) body.category = values.category;
  if (values.priority) body.priority = values.priority;

  const problems: Partial<Record<IntakeField, ClientProblem>> = {};
  if (lat === null || lng === null) problems.location = 'location';
  const parsed = createWorkOrderBody.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path.map(String).join('.'));
      if (!field || problems[field]) continue;
      problems[field] = field === 'title' && body.title === '' ? 'required' : 'invalid';
    }
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, body };
}
