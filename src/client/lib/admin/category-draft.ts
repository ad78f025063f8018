import type { Category, CategoryEdit } from '../../../shared/schemas/town';

/** The edit form's fields as typed; examples are one line of text until sent. */
export interface CategoryDraft {
  name: string;
  examples: string;
  defaultUnit: string;
  /** '' for none: a <select> cannot hold null. */
  defaultDepartmentId: string;
}

/** Commas, ideographic commas, semicolons or line breaks separate examples, in either script. */
const SEPARATORS = /[,，、;；\n]/;

export function toCategoryDraft(c: Category, separator: string): CategoryDraft {
  return {
    name: c.name,
    examples: c.examples.join(separator),
    defaultUnit: c.defaultUnit,
    defaultDepartmentId: c.defaultDepartmentId ?? '',
  };
}

/** Trimmed, empty examples dropped; lengths are left to the server, whose 400 the form shows. */
export function fromCategoryDraft(draft: CategoryDraft): CategoryEdit {
  return {
    name: draft.name.trim(),
    examples: draft.examples
      .split(SEPARATORS)
      .map((e) => e.trim())
      .filter((e) => e !== ''),
    defaultUnit: draft.defaultUnit.trim(),
    defaultDepartmentId: draft.defaultDepartmentId === '' ? null : draft.defaultDepartmentId,
  };
}

/** The server's field paths folded onto the form's four fields (`examples.3` → `examples`). */
export function categoryFieldErrors(
  fields: Readonly<Record<string, string>>,
): Partial<Record<keyof CategoryDraft, string>> {
  const out: Partial<Record<keyof CategoryDraft, string>> = {};
  for (const [path, message] of Object.entries(fields)) {
    const head = path.split('.')[0];
    if (head === 'name' || head === 'examples' || head === 'defaultUnit' || head === 'defaultDepartmentId')
      out[head] ??= path === head ? message : `${path}: ${message}`;
  }
  return out;
}
