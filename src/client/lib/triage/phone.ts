/** Digits only, without a +86 / 0086 country prefix: how phones are stored and searched. */
export function normalisePhone(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  if (digits.startsWith('0086')) return digits.slice(4);
  if (digits.startsWith('86') && digits.length === 13) return digits.slice(2);
  return digits;
}

/** Mainland mobile (11 digits, 1x), landline with area code (0 + 9–11 digits) or a local 7–8 digit line. */
export function isValidPhone(digits: string): boolean {
  return /^1[3-9]\d{9}$/.test(digits) || /^0\d{9,11}$/.test(digits) || /^[2-9]\d{6,7}$/.test(digits);
}

/**
 * When to look a caller up: as soon as a mobile number is complete (11 digits), or once the
 * operator leaves the field with any other valid number.
 */
export function shouldLookUpCaller(digits: string, leftField: boolean): boolean {
  if (!isValidPhone(digits)) return false;
  return digits.length === 11 || leftField;
}
