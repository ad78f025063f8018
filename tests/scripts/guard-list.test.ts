import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARDS } from '../../scripts/lib/guard-list';

const ROOT = join(import.meta.dirname, '..', '..');

describe('guard list', () => {
  it('has at least six guards with distinct ids', () => {
    expect(GUARDS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(GUARDS.map((g) => g.id)).size).toBe(GUARDS.length);
  });

  it.each(GUARDS)('$id still finds its code exactly once, and its test exists', (guard) => {
    const text = readFileSync(join(ROOT, guard.file), 'utf8');
    expect(text.split(guard.find).length - 1).toBe(1);
    expect(existsSync(join(ROOT, guard.test))).toBe(true);
  });
});
