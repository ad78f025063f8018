import { useEffect, useRef, useState } from 'react';

/**
 * The value, at most once per `intervalMs` (leading and trailing). The realtime bridge patches the
 * caches once per socket event; a map redraws the latest state twice a second, not per event.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(Number.NEGATIVE_INFINITY);

  useEffect(
    function showLatestWhenDue() {
      if (Object.is(value, shown)) return undefined;
      const wait = Math.max(0, lastShownAt.current + intervalMs - Date.now());
      const timer = setTimeout(() => {
        lastShownAt.current = Date.now();
        setShown(value);
      }, wait);
      return function cancelPending() {
        clearTimeout(timer);
      };
    },
    [value, shown, intervalMs],
  );

  return shown;
}
