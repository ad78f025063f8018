import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottledValue } from '../../../../src/client/components/map/use-throttled-value';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useThrottledValue', () => {
  it('passes a burst of socket patches on at most twice a second, ending with the latest', () => {
    const seen: number[] = [];
    const { result, rerender } = renderHook(({ value }) => useThrottledValue(value, 500), {
      initialProps: { value: 0 },
    });
    seen.push(result.current);
    for (let i = 1; i <= 20; i += 1) {
      rerender({ value: i });
      act(() => {
        vi.advanceTimersByTime(50);
      });
      if (seen.at(-1) !== result.current) seen.push(result.current);
    }
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    if (seen.at(-1) !== result.current) seen.push(result.current);
    // 20 updates over one second: the first at once, then one per 500 ms window, and the last.
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(20);
    expect(seen.length).toBeLessThanOrEqual(5);
  });

  it('shows a lone change without waiting a whole window', () => {
    const { result, rerender } = renderHook(({ value }) => useThrottledValue(value, 500), {
      initialProps: { value: 'a' },
    });
    rerender({ value: 'b' });
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(result.current).toBe('b');
  });
});
