import { useEffect, useState } from 'react';

/** The current time, re-read every `intervalMs`: for clocks, not for logic. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(
    function tick() {
      const timer = setInterval(() => setNow(Date.now()), intervalMs);
      return function stopTicking() {
        clearInterval(timer);
      };
    },
    [intervalMs],
  );
  return now;
}
