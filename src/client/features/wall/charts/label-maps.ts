import type { Translate } from '../../../app/i18n/i18n';
import { categoryCode } from '../../../../shared/schemas/town';
import { sourceCodes, statusCodes } from '../../../../shared/schemas/work-order';

/** The default category names of the locale, overridden by the town's own (an administrator may rename). */
export function categoryNames(
  t: Translate,
  townNames: ReadonlyMap<string, string> | undefined,
): Map<string, string> {
  const names = new Map<string, string>(categoryCode.options.map((code) => [code, t(`category.${code}`)]));
  for (const [code, name] of townNames ?? []) names.set(code, name);
  return names;
}

export function sourceNames(t: Translate): Map<string, string> {
  return new Map(sourceCodes.map((code) => [code, t(`source.${code}`)]));
}

export function statusNames(t: Translate): Map<string, string> {
  return new Map(statusCodes.map((code) => [code, t(`status.${code}`)]));
}
