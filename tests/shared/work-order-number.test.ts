import { describe, expect, it } from 'vitest';
import {
  formatWorkOrderNumber,
  shanghaiDay,
  toShanghaiIso,
  WORK_ORDER_NUMBER_PATTERN,
} from '../../src/shared/work-order-number';

describe('readable work-order numbers', () => {
  it('uses the day in Asia/Shanghai, not UTC', () => {
    expect(shanghaiDay('2026-11-27T16:30:00Z')).toBe('20261128');
    expect(shanghaiDay('2026-11-27T15:59:59Z')).toBe('20261127');
  });

  it('formats YT-YYYYMMDD-NNNN', () => {
    expect(formatWorkOrderNumber('20261127', 7)).toBe('YT-20261127-0007');
    expect(formatWorkOrderNumber('20261127', 12345)).toMatch(WORK_ORDER_NUMBER_PATTERN);
    expect(() => formatWorkOrderNumber('2026-11', 1)).toThrow();
    expect(() => formatWorkOrderNumber('20261127', 0)).toThrow();
  });

  it('renders instants with the +08:00 offset', () => {
    expect(toShanghaiIso('2026-11-27T00:00:00Z')).toBe('2026-11-27T08:00:00.000+08:00');
    expect(Date.parse(toShanghaiIso('2026-11-27T00:00:00Z'))).toBe(Date.parse('2026-11-27T00:00:00Z'));
  });
});
