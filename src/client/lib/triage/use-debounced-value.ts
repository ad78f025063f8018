import { useEffect, useState } from 'react';

/** `value` once it has stopped changing for `delayMs`: typing does not fire one request per key. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(
    function settleLater() {
      const timer = setTimeout(() => setSettled(value), delayMs);
      return function cancelSettle() {
        clearTimeout(timer);
      };
    },
    [value, delayMs],
  );
  return settled;
}
