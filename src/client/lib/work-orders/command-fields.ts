import { workOrderCommand } from '../../../shared/schemas/work-order';
import type { CommandType } from '../../../shared/schemas/work-order';

/** How a command field is entered; unknown required fields fall back to a text box. */
export type FieldInput =
  'textarea' | 'text' | 'category' | 'priority' | 'satisfaction' | 'datetime' | 'assignee';

export interface CommandFieldSpec {
  name: string;
  input: FieldInput;
  optional: boolean;
}

const INPUT_OF: Record<string, FieldInput> = {
  reason: 'textarea',
  comment: 'textarea',
  report: 'textarea',
  note: 'textarea',
  category: 'category',
  priority: 'priority',
  satisfaction: 'satisfaction',
  until: 'datetime',
  assignee: 'assignee',
  intoId: 'text',
};

/** Optional fields without a way to enter them yet (photo upload arrives with the field app). */
const NOT_ENTERED_YET = new Set(['photos']);

export function isCommandType(value: string): value is CommandType {
  return workOrderCommand.options.some((option) => option.shape.type.value === value);
}

/**
 * The fields a command needs besides `type` and `expectedVersion`, read from the shared zod
 * schema so the forms follow the contract rather than a second copy of it.
 */
export function commandFields(type: CommandType): CommandFieldSpec[] {
  const option = workOrderCommand.options.find((o) => o.shape.type.value === type);
  if (!option) return [];
  const shape: Record<string, { safeParse: (value: unknown) => { success: boolean } }> = option.shape;
  return Object.keys(shape)
    .filter((name) => name !== 'type' && name !== 'expectedVersion' && !NOT_ENTERED_YET.has(name))
    .map((name) => ({
      name,
      input: INPUT_OF[name] ?? 'text',
      optional: shape[name]?.safeParse(undefined).success ?? false,
    }));
}

/** A command with nothing to fill in runs straight from its button. */
export function isSimpleCommand(type: CommandType): boolean {
  return commandFields(type).every((field) => field.optional);
}
