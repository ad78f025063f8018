import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDateTime,
  formatShortDateTime,
  shanghaiLocalToIso,
} from '../../../src/client/lib/format-time';

describe('times in Asia/Shanghai, 24-hour', () => {
  it('renders instants in Shanghai whatever offset they carry', () => {
    expect(formatClock('2026-03-01T13:05:09Z')).toBe('21:05:09');
    expect(formatClock('2026-03-01T21:05:09+08:00')).toBe('21:05:09');
    expect(formatDateTime('2026-03-01T16:30:00Z')).toBe('2026-03-02 00:30');
    expect(formatShortDateTime('2026-10-01T00:00:00+08:00')).toBe('10-01 00:00');
  });

  it('shows nothing for an invalid time rather than "Invalid Date"', () => {
    expect(formatClock('not a time')).toBe('');
  });

  it('reads datetime-local input as Shanghai time', () => {
    expect(shanghaiLocalToIso('2026-03-02T18:00')).toBe('2026-03-02T18:00:00+08:00');
    expect(shanghaiLocalToIso('')).toBeNull();
  });
});
